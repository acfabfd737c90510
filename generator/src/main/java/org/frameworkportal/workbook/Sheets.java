package org.frameworkportal.workbook;

import java.util.List;

/** The sheets and columns of an exported workbook: what export writes and import reads. */
final class Sheets {
  private Sheets() {}

  static final String README = "Read me";
  static final String ROLES = "Roles";
  static final String REQUIREMENTS = "Requirements";
  static final String SKILLS = "Skills";

  /** Hidden: the framework and a fingerprint of each role file as exported. */
  static final String PORTAL = "Portal";

  static final String FORMAT = "framework-portal-workbook 1";

  static final String REQUIREMENT = "requirement";
  static final String EVIDENCE = "evidence";

  /** The columns of the Requirements sheet, found by their heading (HR may move or add columns). */
  enum Column {
    ROLE("Role", 30),
    LEVEL("Level", 8),
    CATEGORY("Category", 16),
    TYPE("Type", 14),
    GROUP("Group", 12),
    STATEMENT("Statement", 80),
    SKILLS("Skills", 24),
    PROVISIONAL("Provisional", 24),
    NOTE("Note", 40),
    ID("Statement id", 14),
    FROM_ROLE("Exported from role", 30);

    final String heading;
    final int width;

    Column(String heading, int width) {
      this.heading = heading;
      this.width = width;
    }

    /** Where export puts the column (0 for A). */
    int exported() {
      return List.of(values()).indexOf(this);
    }

    /** The columns the portal keeps track of rows with: hidden, never to be changed. */
    boolean hidden() {
      return this == ID || this == FROM_ROLE;
    }
  }

  static final List<String> ROLE_HEADINGS =
      List.of("Id", "Title", "Grade", "Team", "Summary", "Next roles", "Provisional");
}
