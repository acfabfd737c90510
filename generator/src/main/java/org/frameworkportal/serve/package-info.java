/**
 * The preview: the store that owns every memo between rebuilds, the loopback file server and the
 * content watcher.
 *
 * <p>@NullMarked: NullAway checks that nothing here is null unless marked {@code @Nullable}.
 */
@NullMarked
package org.frameworkportal.serve;

import org.jspecify.annotations.NullMarked;
