/**
 * The editor JSON Schemas ({@code content/schema/}), generated from the content's shape.
 *
 * <p>@NullMarked: NullAway checks that nothing here is null unless marked {@code @Nullable}.
 */
@NullMarked
package org.frameworkportal.schema;

import org.jspecify.annotations.NullMarked;
