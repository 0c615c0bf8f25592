/** The error type every layer throws and the CLI turns into one paragraph and an exit status. Depends on nothing. */
@PublicApi
package dev.retort.error;

import dev.retort.annotations.PublicApi;
