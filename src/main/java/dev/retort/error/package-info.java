/** The error type every layer throws and the CLI turns into one paragraph and an exit status. Depends on nothing. */
package dev.retort.error;
