/**
 * The content's shape, defined once: every key of every content file, its type, whether it is
 * required and what it is for, in plain English. The loader takes its allowed and required keys
 * from here, the editor schemas ({@code content/schema/}) and the key tables of {@code
 * docs/content-guide.md} are generated from here. Depends on nothing but the JDK and diag (its
 * messages).
 *
 * <p>@NullMarked: NullAway checks that nothing here is null unless marked {@code @Nullable}.
 */
@NullMarked
package org.frameworkportal.shape;

import org.jspecify.annotations.NullMarked;
