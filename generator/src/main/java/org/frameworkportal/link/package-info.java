/**
 * Ids resolved, requirements tagged with skills, closest roles and routes between roles; the
 * warnings {@code check} gives.
 *
 * <p>@NullMarked: NullAway checks that nothing here is null unless marked {@code @Nullable}.
 */
@NullMarked
package org.frameworkportal.link;

import org.jspecify.annotations.NullMarked;
