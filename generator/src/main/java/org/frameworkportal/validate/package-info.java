/**
 * Pure checks over the loaded model: every problem collected with its file, line and a hint, never
 * thrown one at a time.
 *
 * <p>@NullMarked: NullAway checks that nothing here is null unless marked {@code @Nullable}.
 */
@NullMarked
package org.frameworkportal.validate;

import org.jspecify.annotations.NullMarked;
