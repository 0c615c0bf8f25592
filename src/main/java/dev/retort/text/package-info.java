/**
 * Text helpers every layer may use, like {@code error}: one line and abbreviated ({@link dev.retort.text.Text}), and
 * JSON strings ({@link dev.retort.text.Json}). Depends on nothing but the JDK.
 */
package dev.retort.text;
