/**
 * The commands (picocli): build, serve, check, new, diff. Exit 0 when all is well, 1 for problems
 * in the content, 2 for a mistyped command.
 *
 * <p>@NullMarked: NullAway checks that nothing here is null unless marked {@code @Nullable}.
 */
@NullMarked
package org.frameworkportal.cli;

import org.jspecify.annotations.NullMarked;
