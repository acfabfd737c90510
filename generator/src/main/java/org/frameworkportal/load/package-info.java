/**
 * Content YAML (and the templates) from disk into the model, every value with the file and line it
 * came from; the parse cache the preview keeps.
 *
 * <p>@NullMarked: NullAway checks that nothing here is null unless marked {@code @Nullable}.
 */
@NullMarked
package org.frameworkportal.load;

import org.jspecify.annotations.NullMarked;
