package org.frameworkportal.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.frameworkportal.link.FrameworkDetails;
import org.frameworkportal.link.RoleFace;
import org.frameworkportal.link.Route;
import org.frameworkportal.model.Team;
import org.jspecify.annotations.Nullable;

/**
 * A framework's career pathway drawn at build time: a column per grade (lowest on the left), a lane
 * per team, a box per role (a link), an arrow per {@code next} progression. Every picture is drawn
 * at one scale (one SVG unit is one CSS pixel), so boxes and text are the same size in every
 * framework's picture.
 */
public final class PathwayPicture {
  static final int BOX_WIDTH = 190;
  static final int BOX_HEIGHT = 66;
  static final int COLUMN_GAP = 46;
  static final int ROW_GAP = 14;
  static final int LANE_LABEL = 26;
  static final int HEADER = 34;

  /** The picture: its size, grade columns, team lanes, role boxes and arrows, all in SVG units. */
  public record Picture(
      String id,
      int width,
      int height,
      List<Column> columns,
      List<Lane> lanes,
      List<Box> boxes,
      List<Arrow> arrows,
      List<Step> steps,
      List<GradeGroup> byGrade) {

    /** Whether any arrow is a suggested route, which the caption then explains. */
    public boolean anySuggested() {
      return arrows.stream().anyMatch(Arrow::suggested);
    }
  }

  public record Column(String grade, int x) {}

  public record Lane(@Nullable String title, int y, int height) {}

  /**
   * A role's box at ({@code x}, {@code y}); {@code lines} is its title wrapped to fit, each line
   * with where it is written.
   */
  public record Box(RoleFace role, int x, int y, List<Line> lines) {
    static Box at(RoleFace role, int x, int y, List<String> title) {
      List<Line> lines = new ArrayList<>();
      for (int i = 0; i < title.size(); i++) {
        lines.add(new Line(title.get(i), x + 10, y + 20 + i * 16));
      }
      return new Box(role, x, y, List.copyOf(lines));
    }

    public int width() {
      return BOX_WIDTH;
    }

    public int height() {
      return BOX_HEIGHT;
    }

    /** Where the grade is written: the box's bottom right corner, inside. */
    public int gradeX() {
      return x + BOX_WIDTH - 10;
    }

    public int gradeY() {
      return y + BOX_HEIGHT - 8;
    }
  }

  /** One line of a box's title and where it starts. */
  public record Line(String text, int x, int y) {}

  /**
   * A progression arrow as an SVG path; {@code suggested} when the source does not state the route.
   */
  public record Arrow(String path, String from, String to, boolean suggested) {}

  /**
   * The text equivalent: a role, the roles it leads to ({@code stated} those the framework names,
   * {@code suggested} those it only suggests).
   */
  public record Step(
      RoleFace role, List<RoleFace> next, List<RoleFace> stated, List<RoleFace> suggested) {}

  /** The roles of one grade, for the vertical layout that replaces the picture on a phone. */
  public record GradeGroup(String grade, List<Step> steps) {}

  private PathwayPicture() {}

  public static Picture of(FrameworkDetails framework, List<Route> routes) {
    List<RoleFace> roles = routes.stream().map(Route::role).toList();
    List<String> grades = gradeOrder(roles);
    Map<String, List<RoleFace>> lanes = new LinkedHashMap<>();
    for (Team team : framework.teams()) {
      lanes.put(team.title(), new ArrayList<>());
    }
    String noTeam = framework.teams().isEmpty() ? "" : "Across the teams";
    for (Route route : routes) {
      String lane = route.team() != null ? route.team() : noTeam;
      lanes.computeIfAbsent(lane, l -> new ArrayList<>()).add(route.role());
    }
    lanes.values().removeIf(List::isEmpty);
    boolean labelled = !(lanes.size() == 1 && lanes.containsKey(""));
    int left = 10;
    List<Column> columns = new ArrayList<>();
    for (int i = 0; i < grades.size(); i++) {
      columns.add(new Column(grades.get(i), left + i * (BOX_WIDTH + COLUMN_GAP)));
    }
    List<Lane> laneViews = new ArrayList<>();
    List<Box> boxes = new ArrayList<>();
    Map<String, Box> boxByRole = new LinkedHashMap<>();
    int y = HEADER;
    for (Map.Entry<String, List<RoleFace>> lane : lanes.entrySet()) {
      int top = y;
      int rowsInLane = 1;
      Map<String, Integer> usedInColumn = new LinkedHashMap<>();
      int boxesTop = top + (labelled ? LANE_LABEL : 8);
      for (RoleFace role : lane.getValue()) {
        int column = grades.indexOf(role.grade());
        int row = usedInColumn.merge(role.grade(), 1, Integer::sum) - 1;
        rowsInLane = Math.max(rowsInLane, row + 1);
        Box box =
            Box.at(
                role,
                columns.get(column).x(),
                boxesTop + row * (BOX_HEIGHT + ROW_GAP),
                wrap(role.title(), 24, 3));
        boxes.add(box);
        boxByRole.put(role.fullId(), box);
      }
      int height = (boxesTop - top) + rowsInLane * (BOX_HEIGHT + ROW_GAP) + 6;
      laneViews.add(new Lane(labelled ? lane.getKey() : null, top, height));
      y += height;
    }
    List<Arrow> arrows = new ArrayList<>();
    for (Route route : routes) {
      for (RoleFace next : route.next()) {
        Box from = boxByRole.get(route.role().fullId());
        Box to = boxByRole.get(next.fullId());
        if (from != null && to != null) {
          arrows.add(
              new Arrow(
                  path(from, to),
                  route.role().title(),
                  next.title(),
                  route.suggested().contains(next)));
        }
      }
    }
    List<Step> steps =
        routes.stream()
            .sorted(Comparator.comparingInt((Route r) -> grades.indexOf(r.role().grade())))
            .map(
                route ->
                    new Step(
                        route.role(),
                        route.next(),
                        route.next().stream()
                            .filter(next -> !route.suggested().contains(next))
                            .toList(),
                        route.suggested()))
            .toList();
    Map<String, List<Step>> byGrade = new LinkedHashMap<>();
    steps.forEach(
        step -> byGrade.computeIfAbsent(step.role().grade(), g -> new ArrayList<>()).add(step));
    int width = left + grades.size() * (BOX_WIDTH + COLUMN_GAP) - COLUMN_GAP + 10;
    return new Picture(
        "pathway-" + framework.id(),
        width,
        y + 4,
        columns,
        laneViews,
        boxes,
        arrows,
        steps,
        byGrade.entrySet().stream()
            .map(e -> new GradeGroup(e.getKey(), List.copyOf(e.getValue())))
            .toList());
  }

  /**
   * From the right edge of one box to the left edge of the other, or round below when going back.
   */
  private static String path(Box from, Box to) {
    int x1 = from.x() + BOX_WIDTH;
    int y1 = from.y() + BOX_HEIGHT / 2;
    int x2 = to.x() - 6;
    int y2 = to.y() + BOX_HEIGHT / 2;
    if (x2 > x1) {
      int mid = (x1 + x2) / 2;
      return "M" + x1 + " " + y1 + " C" + mid + " " + y1 + " " + mid + " " + y2 + " " + x2 + " "
          + y2;
    }
    int sx = from.x() + BOX_WIDTH / 2;
    int sy = from.y() + BOX_HEIGHT;
    int ex = to.x() + BOX_WIDTH / 2;
    int ey = to.y() - 6;
    return "M" + sx + " " + sy + " C" + sx + " " + (sy + 30) + " " + ex + " " + (ey - 30) + " " + ex
        + " " + ey;
  }

  /**
   * Grades from lowest to highest: families ("Range", "SW", "MPR") in the order the framework first
   * lists them, each by its number.
   */
  static List<String> gradeOrder(List<RoleFace> roles) {
    List<String> families = new ArrayList<>();
    List<String> grades = new ArrayList<>();
    for (RoleFace role : roles) {
      String family = family(role.grade());
      if (!families.contains(family)) {
        families.add(family);
      }
      if (!grades.contains(role.grade())) {
        grades.add(role.grade());
      }
    }
    grades.sort(
        Comparator.comparingInt((String g) -> families.indexOf(family(g)))
            .thenComparing(PathwayPicture::number, PathwayPicture::compareNumbers)
            .thenComparing(Comparator.naturalOrder()));
    return grades;
  }

  /**
   * A grade's family: what comes before its number ("SW" of "SW3", "Range" of "Range 4"), or all of
   * it.
   */
  static String family(String grade) {
    int digits = digitsStart(grade);
    return digits < numberEnd(grade) ? grade.substring(0, digits).strip() : grade;
  }

  /**
   * A grade's number as written, without leading zeros: "" for none (or zero), so any length
   * compares.
   */
  static String number(String grade) {
    int end = numberEnd(grade);
    int start = digitsStart(grade);
    while (start < end && grade.charAt(start) == '0') {
      start++;
    }
    return grade.substring(start, end);
  }

  /** Numbers of any length by value, as digit strings: SW99999999999 has no int. */
  private static int compareNumbers(String a, String b) {
    return a.length() != b.length() ? Integer.compare(a.length(), b.length()) : a.compareTo(b);
  }

  /** Where the grade's number ends: before any trailing white space. */
  private static int numberEnd(String grade) {
    int end = grade.length();
    while (end > 0 && " \t\n\u000B\f\r".indexOf(grade.charAt(end - 1)) >= 0) {
      end--;
    }
    return end;
  }

  /** Where the run of ASCII digits that ends the grade starts (its end, if there are none). */
  private static int digitsStart(String grade) {
    int start = numberEnd(grade);
    while (start > 0 && grade.charAt(start - 1) >= '0' && grade.charAt(start - 1) <= '9') {
      start--;
    }
    return start;
  }

  /** Wraps a title into at most {@code maxLines} lines of about {@code width} characters. */
  static List<String> wrap(String text, int width, int maxLines) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.strip().split("\\s+", -1)) {
      if (line.length() > 0 && line.length() + 1 + word.length() > width) {
        lines.add(line.toString());
        line.setLength(0);
      }
      line.append(line.length() > 0 ? " " : "").append(word);
    }
    lines.add(line.toString());
    if (lines.size() > maxLines) {
      List<String> cut = new ArrayList<>(lines.subList(0, maxLines));
      cut.set(maxLines - 1, cut.get(maxLines - 1) + "…");
      return cut;
    }
    return lines;
  }
}
