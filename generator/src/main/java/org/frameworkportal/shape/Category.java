package org.frameworkportal.shape;

import java.util.List;

/**
 * A category of requirements (qualifications, knowledge ...): site.yaml may name others, and the
 * editor schemas, which cannot read site.yaml, describe these.
 *
 * @param title its heading
 * @param example a statement of this category, for editors
 * @param evidenceExample evidence of this category, for editors
 */
public record Category(String id, String title, String example, String evidenceExample) {

  /** The categories when site.yaml names none, in display order. */
  public static final List<Category> DEFAULTS =
      List.of(
          new Category(
              "qualifications",
              "Qualifications",
              "Degree in Social Work",
              "A copy of your degree certificate"),
          new Category(
              "knowledge",
              "Knowledge",
              "Knowledge of the Care Act 2014",
              "Describe your understanding of safeguarding"),
          new Category(
              "experience",
              "Experience",
              "Experience of managing a caseload",
              "Minimum of 12 months experience at level 3A"),
          new Category(
              "skills",
              "Skills",
              "Proficient in Microsoft Word, Excel and Outlook",
              "Two examples of reports you have written"));

  /** The ids of {@link #DEFAULTS}. */
  public static final List<String> DEFAULT_IDS = DEFAULTS.stream().map(Category::id).toList();

  /** What a profile's requirements may list besides the categories. */
  public static final Category OTHER =
      new Category("other", "Other requirements", "A full driving licence", "");
}
