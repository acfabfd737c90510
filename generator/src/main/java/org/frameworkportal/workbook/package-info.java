/**
 * A framework out to an Excel workbook and back: {@link WorkbookExport} writes the workbook HR
 * edit, {@link WorkbookImport} reads it back, checks every row and works out the YAML edits, made
 * to the text of each role file ({@link RoleText}) so that everything the workbook does not show is
 * kept. {@link WorkbookImport} says which class does each step of an import.
 *
 * <p>@NullMarked: NullAway checks that nothing here is null unless marked {@code @Nullable}.
 */
@NullMarked
package org.frameworkportal.workbook;

import org.jspecify.annotations.NullMarked;
