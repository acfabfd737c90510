package org.frameworkportal.write;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The one door every output path goes through. Whatever the validator let pass, a path that could
 * leave the output folder, or that Windows or a shared drive could not hold, is refused here.
 */
public final class OutputPaths {
  /** Windows reserves these names in every folder, with or without an extension ("con.html"). */
  private static final Pattern DEVICE_NAME =
      Pattern.compile("(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]|conin\\$|conout\\$)(\\..*)?");

  /** Characters Windows refuses in a file name, besides control characters and the slashes. */
  private static final String WINDOWS_FORBIDDEN = "<>:\"|?*";

  /**
   * Most file systems allow 255 bytes a name; Windows paths are safest under 260 characters in all.
   */
  static final int MAX_NAME_BYTES = 200;

  static final int MAX_PATH_CHARS = 240;

  private OutputPaths() {}

  /**
   * {@code relative} resolved inside {@code root}, or an {@link SiteWriter.OutputProblem} saying
   * why it may not be written.
   */
  public static Path resolve(Path root, String relative) {
    String why = whyUnsafe(relative);
    if (why != null) {
      throw new SiteWriter.OutputProblem(
          "refused to write '"
              + printable(relative)
              + "': "
              + why
              + ". This is a fault in the portal's checks; nothing was changed. Please report it.");
    }
    Path resolved = root.resolve(relative).normalize();
    if (!resolved.startsWith(root) || resolved.equals(root)) {
      throw new SiteWriter.OutputProblem(
          "refused to write '"
              + printable(relative)
              + "': it would leave the output folder. Nothing was changed.");
    }
    return resolved;
  }

  /** Why {@code relative} may not be an output path, or null when it may. */
  static @Nullable String whyUnsafe(String relative) {
    if (relative == null || relative.isEmpty()) {
      return "the path is empty";
    }
    if (relative.length() > MAX_PATH_CHARS) {
      return "the path is longer than " + MAX_PATH_CHARS + " characters";
    }
    if (relative.startsWith("/")) {
      return "it is an absolute path";
    }
    for (int i = 0; i < relative.length(); i++) {
      char c = relative.charAt(i);
      if (c < 0x20 || c == 0x7F || (c >= 0x80 && c < 0xA0)) {
        return "it contains a control character";
      }
      if (c == '\\') {
        return "it contains a backslash";
      }
      if (WINDOWS_FORBIDDEN.indexOf(c) >= 0) {
        return "it contains '" + c + "', which Windows does not allow in a file name";
      }
    }
    for (String name : relative.split("/", -1)) {
      String problem = whyUnsafeName(name);
      if (problem != null) {
        return problem;
      }
    }
    return null;
  }

  private static @Nullable String whyUnsafeName(String name) {
    if (name.isEmpty()) {
      return "it has an empty folder name ('//' or a trailing '/')";
    }
    if (name.equals(".") || name.equals("..")) {
      return "it contains '" + name + "'";
    }
    if (name.endsWith(".") || name.endsWith(" ") || name.startsWith(" ")) {
      return "the name '" + name + "' starts or ends with a space or ends with a dot";
    }
    if (DEVICE_NAME.matcher(name.toLowerCase(Locale.ROOT)).matches()) {
      return "'" + name + "' is a device name on Windows";
    }
    if (name.getBytes(StandardCharsets.UTF_8).length > MAX_NAME_BYTES) {
      return "the name '"
          + name.substring(0, 40)
          + "...' is longer than "
          + MAX_NAME_BYTES
          + " bytes";
    }
    return null;
  }

  /** A path as it may be printed: control characters shown as escapes, not sent to the terminal. */
  static String printable(String text) {
    return org.frameworkportal.diag.Problem.printable(text);
  }
}
