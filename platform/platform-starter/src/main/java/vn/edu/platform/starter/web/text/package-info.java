/**
 * Text input the platform refuses before any handler sees it: control characters (C0 other than
 * TAB, LF and CR, DEL, C1), bidirectional embeddings, overrides and isolates (U+202A–U+202E,
 * U+2066–U+2069) and unpaired surrogates (a JSON escape such as U+D800 without its partner) in
 * every string of every JSON body, query parameter and path variable, answered as 400 {@code
 * validation-failed} with a field error ({@code text-control-character}, {@code text-bidi-control},
 * {@code text-unpaired-surrogate}) at the value's JSON pointer or parameter name. TAB, LF and CR
 * are text in a body (descriptions are multi-line) but not in a field marked {@link
 * vn.edu.platform.starter.web.text.SingleLineText}, nor in a parameter.
 */
package vn.edu.platform.starter.web.text;
