package org.frameworkportal.render;

import java.util.ArrayList;
import java.util.List;
import org.frameworkportal.link.FrameworkDetails;
import org.frameworkportal.link.RoleFace;

/**
 * Every role of the portal by grade: a row per grade (lowest first, each family of grades together
 * in the order the frameworks first use it), a column per framework.
 */
public record GradeTable(List<FrameworkDetails> frameworks, List<GradeTable.Row> rows) {

  public GradeTable {
    frameworks = List.copyOf(frameworks);
    rows = List.copyOf(rows);
  }

  /** One grade: the roles at that grade in each framework, in the frameworks' order. */
  public record Row(String grade, List<List<RoleFace>> cells) {
    public Row {
      cells = cells.stream().map(List::copyOf).toList();
    }
  }

  /** The table of {@code roles}, given per framework in the order of {@code frameworks}. */
  static GradeTable of(List<FrameworkDetails> frameworks, List<List<RoleFace>> roles) {
    List<RoleFace> all = roles.stream().flatMap(List::stream).toList();
    List<Row> rows = new ArrayList<>();
    for (String grade : PathwayPicture.gradeOrder(all)) {
      List<List<RoleFace>> cells =
          roles.stream()
              .map(list -> list.stream().filter(role -> role.grade().equals(grade)).toList())
              .toList();
      rows.add(new Row(grade, cells));
    }
    return new GradeTable(frameworks, rows);
  }
}
