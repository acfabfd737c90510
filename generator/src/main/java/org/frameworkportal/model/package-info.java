/**
 * The content as immutable records: site, frameworks, teams, roles, levels, statements, skills,
 * profiles and free pages.
 *
 * <p>@NullMarked: NullAway checks that nothing here is null unless marked {@code @Nullable}. A
 * value content may leave out (a key the shape calls optional, or one a draft may skip) is
 * {@code @Nullable}; a required one never is, except beside the problem that says it is missing:
 * such content stops at validation, whose checks allow for it.
 */
@NullMarked
package org.frameworkportal.model;

import org.jspecify.annotations.NullMarked;
