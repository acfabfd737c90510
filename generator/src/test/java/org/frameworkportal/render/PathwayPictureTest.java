package org.frameworkportal.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.frameworkportal.link.RoleFace;
import org.junit.jupiter.api.Test;

class PathwayPictureTest {
  private static List<RoleFace> roles(String... grades) {
    return java.util.Arrays.stream(grades)
        .map(grade -> new RoleFace("f", "r" + grade.hashCode(), "Role", grade))
        .toList();
  }

  @Test
  void gradesInFamiliesByNumber() {
    assertEquals(
        List.of("MPR2", "MPR4", "MPR10", "SW1", "SW3"),
        PathwayPicture.gradeOrder(roles("MPR4", "SW3", "MPR10", "SW1", "MPR2")));
    assertEquals(
        List.of("Range 04", "Range 4", "Range 5"),
        PathwayPicture.gradeOrder(roles("Range 5", "Range 04", "Range 4")));
  }

  /**
   * A number no int holds (it crashed the picture with a NumberFormatException) sorts by its value.
   */
  @Test
  void anyNumberOfDigitsSortsByValue() {
    assertEquals(
        List.of(
            "SW0", "SW3", "SW0004", "SW99999999999", "SW100000000000", "SW99999999999999999999999"),
        PathwayPicture.gradeOrder(
            roles(
                "SW99999999999999999999999",
                "SW99999999999",
                "SW3",
                "SW100000000000",
                "SW0004",
                "SW0")));
  }

  @Test
  void familyAndNumberOfOddGrades() {
    assertEquals("SW", PathwayPicture.family("SW 12"));
    assertEquals("12", PathwayPicture.number("SW 012"));
    assertEquals("Senior", PathwayPicture.family("Senior"));
    assertEquals("", PathwayPicture.number("Senior"));
    assertEquals("", PathwayPicture.family("42"));
    assertEquals("42", PathwayPicture.number("42\t"));
    assertEquals("", PathwayPicture.number("0"));
  }
}
