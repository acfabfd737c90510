package org.frameworkportal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.frameworkportal.diag.Problems;
import org.frameworkportal.index.LunrIndexBuilder;
import org.frameworkportal.index.SearchEntries;
import org.frameworkportal.index.SearchIndex;
import org.frameworkportal.link.Portal;
import org.frameworkportal.link.RelatedRole;
import org.frameworkportal.link.SkillUse;
import org.frameworkportal.model.Framework;
import org.frameworkportal.model.Item;
import org.frameworkportal.model.Level;
import org.frameworkportal.model.LevelDefinition;
import org.frameworkportal.model.Profile;
import org.frameworkportal.model.Role;
import org.frameworkportal.model.Skill;
import org.junit.jupiter.api.Test;

/**
 * The build and search benchmark: not a test (no timing is asserted) and not part of {@code ./mvnw
 * verify}. Run it with {@code ./mvnw -B -Pbench verify -pl generator}.
 *
 * <p>For the real content and two synthetic sets (20 and 2,000 roles, fixed seed) it measures
 *
 * <ul>
 *   <li>{@code ./portal build --timings} as a separate process, JVM start included: median wall
 *       time, files per second, peak memory (max RSS from GNU time) and the stage times of the
 *       median run;
 *   <li>Hugo building a site of the same pages from the same statements (Markdown, minimal layout);
 *   <li>the search index built in Java and by lunr.js 2.3.9 in node from the same documents, which
 *       must give byte-identical JSON, and the index size raw and gzipped.
 * </ul>
 *
 * It prints one Markdown table and writes it to {@code target/benchmark.md}.
 */
class PortalBenchmark {
  static final long SEED = 20250616L;
  static final int PORTAL_RUNS = 5;
  static final int PORTAL_RUNS_LARGE = 3;
  static final int HUGO_RUNS = 5;
  static final int INDEX_WARMUPS = 2;
  static final int INDEX_RUNS = 5;
  static final int MAX_REPEATS = 5;
  static final Path TIME = Path.of("/usr/bin/time");
  static final Path HUGO = Path.of("/usr/bin/hugo");
  static final ObjectMapper JSON = new ObjectMapper();
  static final Path WORK = Path.of("target/benchmark").toAbsolutePath();
  static final Path REPORT = Path.of("target/benchmark.md").toAbsolutePath();

  /** A content folder to build, how many times, and its frameworks x roles if synthetic. */
  record ContentSet(String name, Path content, int portalRuns, String shape) {}

  /**
   * One process run: wall time, peak memory (KB, -1 if unknown), what it printed, and the CPU time
   * other processes used meanwhile (ms, -1 if unknown): on a shared machine, a large value means a
   * disturbed run.
   */
  record ProcessRun(long wallMillis, long maxRssKb, int exit, String output, long othersCpuMillis) {
    /**
     * Others used more than a tenth of a core meanwhile (another build, or the host taking the
     * CPU).
     */
    boolean disturbed() {
      return othersCpuMillis > Math.max(100, wallMillis / 10);
    }
  }

  /** One run of a measured command. */
  interface Measurement {
    ProcessRun run() throws IOException, InterruptedException;
  }

  /** A site build's figures from its median run; {@code stages} only for the portal. */
  record BuildFigures(
      int runs,
      long medianMillis,
      long maxRssKb,
      int files,
      int pages,
      long averagePageBytes,
      Map<String, Long> stages,
      long othersCpuMillis) {
    double filesPerSecond() {
      return files * 1000.0 / medianMillis;
    }
  }

  /**
   * Median build time (ms) of an index, the JSON it gave, and the CPU others used during all the
   * builds.
   */
  @SuppressWarnings("ArrayRecordComponent") // json is compared with Arrays.equals, never hashed
  record IndexTiming(double medianMillis, byte[] json, long othersCpuMillis) {}

  /** The search index figures of one content set; {@code lunr} is null without node. */
  record IndexFigures(
      int documents, IndexTiming java, IndexTiming lunr, long gzipBytes, Boolean sameAsSite) {
    boolean identical() {
      return lunr != null && Arrays.equals(java.json(), lunr.json());
    }
  }

  /** Everything measured for one content set: a column of the table. */
  record Column(
      ContentSet set, int roles, BuildFigures portal, BuildFigures hugo, IndexFigures index) {}

  @Test
  void benchmark() throws Exception {
    long started = System.nanoTime();
    String loadBefore = loadAverage();
    Files.createDirectories(WORK);
    List<ContentSet> sets =
        List.of(
            new ContentSet("real content", PortalRun.realContent(), PORTAL_RUNS, ""),
            new ContentSet("synthetic", synthetic("content-20", 2, 10), PORTAL_RUNS, " (2 x 10)"),
            new ContentSet(
                "synthetic", synthetic("content-2000", 100, 20), PORTAL_RUNS_LARGE, " (100 x 20)"));
    Optional<Path> hugo = hugo();
    Optional<Path> lunr = lunrNode();

    List<Column> columns = new ArrayList<>();
    deleteRecursively(
        WORK.resolve("out")); // left by an interrupted run: every run below writes a new folder
    for (ContentSet set : sets) {
      System.out.println("[benchmark] " + set.name() + ": " + set.content());
      Portal portal = load(set.content());
      BuildFigures portalBuild = portalBuild(set);
      BuildFigures hugoBuild = hugo.isPresent() ? hugoBuild(hugo.get(), set, portal) : null;
      IndexFigures index = searchIndex(set, portal, lunr);
      columns.add(new Column(set, portal.roles().size(), portalBuild, hugoBuild, index));
      deleteRecursively(WORK.resolve("out")); // the sites built, hundreds of MB at 2,000 roles
    }

    long minutes = (System.nanoTime() - started) / 60_000_000_000L;
    long seconds = (System.nanoTime() - started) / 1_000_000_000L % 60;
    String report =
        report(
            columns,
            hugo.isPresent(),
            lunr.isPresent(),
            minutes + " min " + seconds + " s",
            loadBefore + " before, " + loadAverage() + " after");
    System.out.println();
    System.out.println(report);
    Files.writeString(REPORT, report);
    System.out.println("[benchmark] written to " + REPORT);
    for (Column column : columns) {
      if (column.index().lunr() != null && !column.index().identical()) {
        throw new AssertionError(
            "the Java and lunr.js indexes of "
                + column.set().name()
                + " differ: the index "
                + "figures compare different work (see "
                + WORK.resolve("index")
                + ")");
      }
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Inputs

  static Path synthetic(String name, int frameworks, int rolesPerFramework) throws IOException {
    Path content = WORK.resolve(name);
    deleteRecursively(content);
    return SyntheticContent.write(content, frameworks, rolesPerFramework, SEED);
  }

  static Portal load(Path content) {
    Problems problems = new Problems();
    return SiteBuilder.check(
            new SiteBuilder.Options(content, "content", null, null, null, false), problems)
        .orElseThrow(
            () -> new AssertionError("content problems in " + content + ": " + problems.sorted()));
  }

  // ---------------------------------------------------------------------------------------------
  // 1. ./portal build, as an editor runs it

  /**
   * {@code ./portal build --timings} into a new folder each run, once untimed (the launcher may
   * prepare its class-data-sharing archive), then {@code set.portalRuns()} timed runs.
   *
   * <p>New folders, not one emptied before each run: on this machine's file system (ext4 without a
   * journal) creating a file right after thousands were deleted makes the kernel skip each recently
   * freed inode in turn (ext4's recently_deleted check), which at 2,000 roles added 4 s of system
   * time to every run of either tool, more than the build itself varied. Hugo is timed the same
   * way; the folders are deleted once each content set is done.
   */
  static BuildFigures portalBuild(ContentSet set) throws IOException, InterruptedException {
    Path home = PortalRun.home();
    java.util.concurrent.atomic.AtomicReference<Path> out =
        new java.util.concurrent.atomic.AtomicReference<>();
    java.util.concurrent.atomic.AtomicInteger run = new java.util.concurrent.atomic.AtomicInteger();
    List<ProcessRun> runs =
        timedRuns(
            "portal",
            set.portalRuns(),
            () -> {
              for (int attempt = 1; ; attempt++) {
                out.set(
                    WORK.resolve(
                        "out/portal-" + set.content().getFileName() + "-" + run.incrementAndGet()));
                List<String> command =
                    List.of(
                        home.resolve("portal").toString(),
                        "build",
                        "--timings",
                        "--content",
                        set.content().toString(),
                        "--out",
                        out.get().toString());
                String launcherBefore = launcherState(home);
                ProcessRun timed = measure(home, Map.of(), command);
                if (timed.exit() != 0) {
                  throw new AssertionError(
                      "./portal build failed (" + timed.exit() + "):\n" + timed.output());
                }
                if (launcherState(home).equals(launcherBefore)
                    && !timed.output().contains("Preparing the portal generator")) {
                  return timed;
                }
                if (attempt == 3) {
                  throw new AssertionError(
                      "the generator's sources keep changing during the benchmark: no stable jar to time");
                }
                System.out.println(
                    "[benchmark]   the launcher rebuilt the jar or its archive during this run: run again");
              }
            });
    ProcessRun median = median(runs);
    lastPortalSite.put(set.content().getFileName().toString(), out.get());
    return figures(runs.size(), median, out.get(), stages(median.output()));
  }

  /** Each content set's last portal build, whose search index the in-process one must equal. */
  static final Map<String, Path> lastPortalSite = new java.util.HashMap<>();

  /** The jar and its archive, by modification time: a change means the launcher rebuilt one. */
  static String launcherState(Path home) throws IOException {
    Path target = home.resolve("generator/target");
    StringBuilder state = new StringBuilder();
    for (String file : List.of("portal.jar", "portal.jsa")) {
      Path path = target.resolve(file);
      state.append(Files.exists(path) ? Files.getLastModifiedTime(path).toMillis() : 0).append(' ');
    }
    return state.toString();
  }

  /**
   * One untimed run (caches, class-data archive), then {@code count} timed runs. A run that other
   * processes disturbed is run again, at most {@value #MAX_REPEATS} times per measurement; the
   * table shows what others used during the median run.
   */
  static List<ProcessRun> timedRuns(String name, int count, Measurement measurement)
      throws IOException, InterruptedException {
    List<ProcessRun> runs = new ArrayList<>();
    int repeats = 0;
    for (int i = 0; i <= count; i++) {
      ProcessRun run = measurement.run();
      System.out.printf(
          "[benchmark]   %s %s: %d ms, %d KB, others used %d ms CPU%s%n",
          name,
          i == 0 ? "warm-up" : "run " + i,
          run.wallMillis(),
          run.maxRssKb(),
          run.othersCpuMillis(),
          run.disturbed() && repeats < MAX_REPEATS ? ": disturbed, run again" : "");
      if (run.disturbed() && repeats < MAX_REPEATS) {
        repeats++;
        i--;
      } else if (i > 0) {
        runs.add(run);
      }
    }
    return runs;
  }

  /**
   * The stage lines of {@code --timings}: " load 84 ms", ..., " total 1053 ms since the JVM
   * started".
   */
  static Map<String, Long> stages(String output) {
    Map<String, Long> stages = new LinkedHashMap<>();
    Matcher line = Pattern.compile("(?m)^\\s+(\\w+)\\s+(\\d+) ms").matcher(output);
    while (line.find()) {
      stages.put(line.group(1), Long.parseLong(line.group(2)));
    }
    return stages;
  }

  // ---------------------------------------------------------------------------------------------
  // 2. Hugo, on the same pages

  /**
   * Debian's hugo, installed for the benchmark if missing; empty, with a message, if it cannot be.
   */
  static Optional<Path> hugo() throws IOException, InterruptedException {
    if (!Files.isExecutable(HUGO)) {
      System.out.println(
          "[benchmark] Hugo is not installed: installing Debian's hugo package for this benchmark");
      List<String> sudo =
          "root".equals(System.getProperty("user.name")) ? List.of() : List.of("sudo", "-n");
      List<String> install = concat(sudo, List.of("apt-get", "install", "-y", "-qq", "hugo"));
      if (quietly(install) != 0) {
        quietly(concat(sudo, List.of("apt-get", "update", "-qq")));
        quietly(install);
      }
    }
    if (!Files.isExecutable(HUGO)) {
      System.out.println(
          "[benchmark] Hugo is not available and could not be installed (as root: apt-get update &&"
              + " apt-get install -y hugo): the Hugo rows are left empty");
      return Optional.empty();
    }
    return Optional.of(HUGO);
  }

  /**
   * {@code hugo --quiet --minify=false -d OUT} into a new folder each run (as the portal): one
   * untimed run, then the timed ones.
   */
  static BuildFigures hugoBuild(Path hugo, ContentSet set, Portal portal)
      throws IOException, InterruptedException {
    Path site = WORK.resolve("out/hugo-site-" + set.content().getFileName());
    deleteRecursively(site);
    HugoSite.write(portal, site);
    java.util.concurrent.atomic.AtomicReference<Path> out =
        new java.util.concurrent.atomic.AtomicReference<>();
    java.util.concurrent.atomic.AtomicInteger run = new java.util.concurrent.atomic.AtomicInteger();
    // No theme, no modules, nothing remote: GOPROXY=off and the cache inside target/ as well.
    Map<String, String> env =
        Map.of(
            "HUGO_CACHEDIR",
            WORK.resolve("hugo-cache").toString(),
            "GOPROXY",
            "off",
            "HUGO_ENVIRONMENT",
            "production");
    List<ProcessRun> runs =
        timedRuns(
            "hugo",
            HUGO_RUNS,
            () -> {
              out.set(
                  WORK.resolve(
                      "out/hugo-" + set.content().getFileName() + "-" + run.incrementAndGet()));
              ProcessRun timed =
                  measure(
                      site,
                      env,
                      List.of(
                          hugo.toString(),
                          "--quiet",
                          "--minify=false",
                          "-d",
                          out.get().toString()));
              if (timed.exit() != 0) {
                throw new AssertionError("hugo failed (" + timed.exit() + "):\n" + timed.output());
              }
              return timed;
            });
    return figures(runs.size(), median(runs), out.get(), Map.of());
  }

  /**
   * A Hugo site with one Markdown page per HTML page the portal writes (home, framework, role,
   * compare, three checklists per role, skills, profiles, pathways, search), each made of the same
   * statements as the portal's page, and a minimal layout: baseof with a header and a footer,
   * single and list. No theme, nothing fetched.
   */
  static final class HugoSite {
    private final Portal portal;
    private final Path content;

    private HugoSite(Portal portal, Path content) {
      this.portal = portal;
      this.content = content;
    }

    static void write(Portal portal, Path site) throws IOException {
      Files.createDirectories(site);
      Files.writeString(
          site.resolve("hugo.toml"),
          """
          baseURL = "/"
          title = %s
          languageCode = "en-gb"
          disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]
          enableRobotsTXT = false
          enableGitInfo = false
          [module]
            proxy = "off"
          [markup.goldmark.renderer]
            unsafe = false
          """
              .formatted(json(portal.content().site().title())));
      Path layouts = Files.createDirectories(site.resolve("layouts/_default"));
      Files.writeString(
          layouts.resolve("baseof.html"),
          """
          <!DOCTYPE html>
          <html lang="en-GB">
          <head>
          <meta charset="utf-8">
          <meta name="viewport" content="width=device-width, initial-scale=1">
          <title>{{ .Title }} | {{ site.Title }}</title>
          </head>
          <body>
          <header><a href="{{ "/" | relURL }}">{{ site.Title }}</a>
          <nav><a href="{{ "/skills/" | relURL }}">Skills</a> <a href="{{ "/pathways/" | relURL }}">Pathways</a>
          <a href="{{ "/search/" | relURL }}">Search</a></nav></header>
          <main>
          {{ block "main" . }}{{ end }}
          </main>
          <footer><p>{{ site.Title }}. Generated for the benchmark.</p></footer>
          </body>
          </html>
          """);
      Files.writeString(
          layouts.resolve("single.html"),
          """
          {{ define "main" }}<h1>{{ .Title }}</h1>
          {{ .Content }}{{ end }}
          """);
      Files.writeString(
          layouts.resolve("list.html"),
          """
          {{ define "main" }}<h1>{{ .Title }}</h1>
          {{ .Content }}
          <ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>{{ end }}
          """);
      new HugoSite(portal, site.resolve("content")).pages();
    }

    private void pages() throws IOException {
      page("_index.md", portal.content().site().title(), home());
      page("pathways.md", "Career pathways", pathways());
      page("search.md", "Search", "Search roles, skills and frameworks.\n");
      for (Framework framework : portal.frameworks()) {
        String dir = "frameworks/" + framework.id() + "/";
        page(dir + "_index.md", framework.title(), framework(framework));
        for (Role role : framework.roles()) {
          String roleDir = dir + role.id() + "/";
          page(roleDir + "_index.md", role.title(), role(framework, role));
          page(
              roleDir + "compare.md",
              "Compare the levels: " + role.title(),
              compare(framework, role));
          for (LevelDefinition level : framework.levels()) {
            page(
                roleDir + "checklist-" + level.id().toLowerCase(Locale.ROOT) + ".md",
                role.title() + ": level " + level.id() + " checklist",
                checklist(framework, role, level));
          }
        }
      }
      page("skills/_index.md", "Transferable skills", skills());
      for (Skill skill : portal.content().skills()) {
        page("skills/" + skill.id() + ".md", skill.name(), skill(skill));
      }
      for (Profile profile : portal.content().profiles()) {
        page("profiles/" + profile.id() + ".md", profile.title(), profile(profile));
      }
    }

    private void page(String path, String title, String markdown) throws IOException {
      Path file = content.resolve(path);
      Files.createDirectories(file.getParent());
      Files.writeString(file, "---\ntitle: " + json(title) + "\n---\n\n" + markdown);
    }

    private String home() {
      StringBuilder md =
          new StringBuilder(md(portal.content().site().summary())).append("\n\n## Frameworks\n\n");
      for (Framework framework : portal.frameworks()) {
        md.append("- [")
            .append(md(framework.title()))
            .append("](frameworks/")
            .append(framework.id())
            .append("/): ")
            .append(md(framework.summary()))
            .append('\n');
      }
      md.append("\n## Roles from A to Z\n\n");
      for (Role role : portal.rolesAtoZ()) {
        md.append("- ")
            .append(md(role.title()))
            .append(", ")
            .append(md(role.grade()))
            .append(", ")
            .append(md(portal.frameworkOf(role).title()))
            .append(": ")
            .append(md(role.summary()))
            .append('\n');
      }
      return md.toString();
    }

    private String pathways() {
      StringBuilder md = new StringBuilder();
      for (Framework framework : portal.frameworks()) {
        md.append("\n## ").append(md(framework.title())).append("\n\n");
        for (Role role : framework.roles()) {
          md.append("- ")
              .append(md(role.title()))
              .append(" (")
              .append(md(role.grade()))
              .append(")");
          portal.nextRoles(role).forEach(next -> md.append(" → ").append(md(next.title())));
          md.append(": ")
              .append(
                  portal.skillsOf(role).stream()
                      .map(s -> md(s.name()))
                      .collect(Collectors.joining(", ")))
              .append('\n');
        }
      }
      return md.toString();
    }

    private String framework(Framework framework) {
      StringBuilder md = new StringBuilder(md(framework.summary())).append("\n\n");
      md.append(md(framework.intro())).append("\n\n");
      framework.uses().forEach(use -> md.append("- ").append(md(use)).append('\n'));
      md.append("\n## Roles\n\n| Role | Grade | Summary |\n|---|---|---|\n");
      for (Role role : framework.roles()) {
        md.append("| [")
            .append(md(role.title()))
            .append("](")
            .append(role.id())
            .append("/) | ")
            .append(md(role.grade()))
            .append(" | ")
            .append(md(role.summary()))
            .append(" |\n");
      }
      return md.toString();
    }

    private String role(Framework framework, Role role) {
      StringBuilder md = new StringBuilder(md(role.summary())).append("\n\n");
      md.append("Grade ")
          .append(md(role.grade()))
          .append(", ")
          .append(md(framework.title()))
          .append(".\n\n");
      md.append("[Compare the levels side by side](compare/)");
      framework
          .levels()
          .forEach(
              level ->
                  md.append(" · [Print the level ")
                      .append(level.id())
                      .append(" checklist](checklist-")
                      .append(level.id().toLowerCase(Locale.ROOT))
                      .append("/)"));
      md.append("\n\n## Duties\n\n");
      role.duties().forEach(duty -> md.append("- ").append(md(duty)).append('\n'));
      for (LevelDefinition definition : framework.levels()) {
        Level level = role.levels().get(definition.id());
        md.append("\n## Level ")
            .append(definition.id())
            .append(": ")
            .append(md(definition.name()))
            .append("\n\n");
        md.append(md(level != null && level.intro() != null ? level.intro() : definition.intro()))
            .append('\n');
        if (level != null) {
          statements(md, level.requirements(), "");
          statements(md, level.evidence(), "Evidence: ");
          if (!level.development().isEmpty()) {
            md.append("\n### Development\n\n");
            level
                .development()
                .forEach(item -> md.append("- ").append(md(item.text())).append('\n'));
          }
        }
      }
      md.append("\n## Progression\n\n");
      portal
          .previousRoles(role)
          .forEach(r -> md.append("- From ").append(md(r.title())).append('\n'));
      portal.nextRoles(role).forEach(r -> md.append("- To ").append(md(r.title())).append('\n'));
      md.append("\n## Transferable skills\n\n");
      portal
          .skillsOf(role)
          .forEach(
              skill ->
                  md.append("- [")
                      .append(md(skill.name()))
                      .append("](/skills/")
                      .append(skill.id())
                      .append("/)\n"));
      md.append("\n## Roles that share your skills\n");
      for (boolean otherFrameworks : List.of(true, false)) {
        md.append(
            otherFrameworks
                ? "\n### In other professions\n\n"
                : "\n### In " + md(framework.title()) + "\n\n");
        for (RelatedRole related : portal.relatedRoles(role, otherFrameworks, 3)) {
          List<String> shared = related.shared().stream().map(s -> md(s.name())).toList();
          md.append("- ")
              .append(md(related.role().title()))
              .append(' ')
              .append(md(related.role().grade()))
              .append(" · ")
              .append(md(related.framework().title()))
              .append(" · ")
              .append(related.percent())
              .append("% overlap. Shares: ")
              .append(String.join(", ", shared.subList(0, Math.min(6, shared.size()))))
              .append(shared.size() > 6 ? ", and " + (shared.size() - 6) + " more" : "")
              .append('\n');
        }
      }
      return md.toString();
    }

    private static void statements(
        StringBuilder md, Map<String, List<Item>> categories, String prefix) {
      categories.forEach(
          (category, items) -> {
            if (!items.isEmpty()) {
              md.append("\n### ").append(prefix).append(title(category)).append("\n\n");
              items.forEach(
                  item ->
                      md.append("- ")
                          .append(item.group() == null ? "" : md(item.group()) + ": ")
                          .append(md(item.text()))
                          .append('\n'));
            }
          });
    }

    /** Per category, a table with one column per level: what each level adds. */
    private String compare(Framework framework, Role role) {
      StringBuilder md =
          new StringBuilder(
              "Each level includes everything in the levels before it. Each column "
                  + "shows only what that level adds.\n");
      for (String category : categories(role)) {
        compareTable(
            md,
            framework,
            role,
            title(category) + ": what each level adds",
            Level::requirements,
            category);
      }
      for (String category : categories(role)) {
        compareTable(
            md,
            framework,
            role,
            "Evidence required, " + category + ": what each level adds",
            Level::evidence,
            category);
      }
      return md.toString();
    }

    /**
     * One table: a column per level, what that level adds to {@code category}; nothing if no level
     * adds any.
     */
    private static void compareTable(
        StringBuilder md,
        Framework framework,
        Role role,
        String heading,
        Function<Level, Map<String, List<Item>>> statements,
        String category) {
      List<List<Item>> columns = new ArrayList<>();
      for (LevelDefinition definition : framework.levels()) {
        Level level = role.levels().get(definition.id());
        columns.add(
            level == null ? List.of() : statements.apply(level).getOrDefault(category, List.of()));
      }
      int rows = columns.stream().mapToInt(List::size).max().orElse(0);
      if (rows == 0) {
        return;
      }
      md.append("\n## ").append(heading).append("\n\n|");
      framework
          .levels()
          .forEach(
              definition ->
                  md.append(" Level ")
                      .append(definition.id())
                      .append(": ")
                      .append(md(definition.name()))
                      .append(" |"));
      md.append('\n').append("|---".repeat(columns.size())).append("|\n");
      for (int row = 0; row < rows; row++) {
        md.append('|');
        for (List<Item> column : columns) {
          md.append(' ').append(row < column.size() ? md(column.get(row).text()) : "").append(" |");
        }
        md.append('\n');
      }
    }

    /** Every statement up to and including {@code upTo}, with the level that introduced it. */
    private String checklist(Framework framework, Role role, LevelDefinition upTo) {
      StringBuilder md =
          new StringBuilder(
              "Ticking every box is not in itself a promotion decision. Use this "
                  + "checklist to prepare for a career conversation with your manager.\n");
      for (String category : categories(role)) {
        md.append("\n## ")
            .append(title(category))
            .append("\n\n| Met | Requirement | Level | Evidence and notes |\n")
            .append("|---|---|---|---|\n");
        for (LevelDefinition definition : framework.levels()) {
          Level level = role.levels().get(definition.id());
          if (level != null) {
            level
                .requirements()
                .getOrDefault(category, List.of())
                .forEach(
                    item ->
                        md.append("| ☐ | ")
                            .append(md(item.text()))
                            .append(" | Level ")
                            .append(definition.id())
                            .append(" | |\n"));
            level
                .evidence()
                .getOrDefault(category, List.of())
                .forEach(
                    item ->
                        md.append("| ☐ | Evidence: ")
                            .append(md(item.text()))
                            .append(" | Level ")
                            .append(definition.id())
                            .append(" | |\n"));
          }
          if (definition.equals(upTo)) {
            break;
          }
        }
      }
      return md.toString();
    }

    private List<String> categories(Role role) {
      List<String> categories = new ArrayList<>();
      role.levels()
          .values()
          .forEach(
              level ->
                  Stream.concat(
                          level.requirements().keySet().stream(),
                          level.evidence().keySet().stream())
                      .filter(c -> !categories.contains(c))
                      .forEach(categories::add));
      return categories;
    }

    private String skills() {
      StringBuilder md = new StringBuilder();
      for (Skill skill : portal.content().skills()) {
        long roles =
            portal.usesOf(skill).stream().map(use -> use.role().fullId()).distinct().count();
        md.append("- ")
            .append(md(skill.name()))
            .append(": ")
            .append(md(skill.description()))
            .append(" Needed by ")
            .append(roles)
            .append(" roles.\n");
      }
      return md.toString();
    }

    /** Every statement that needs the skill, under its role. */
    private String skill(Skill skill) {
      StringBuilder md = new StringBuilder(md(skill.description())).append('\n');
      long roles = portal.usesOf(skill).stream().map(use -> use.role().fullId()).distinct().count();
      md.append("\nNeeded by ").append(roles).append(" roles.\n");
      Role role = null;
      String level = null;
      for (SkillUse use : portal.usesOf(skill)) {
        if (!use.role().equals(role)) {
          role = use.role();
          level = null;
          md.append("\n## ")
              .append(md(role.title()))
              .append(' ')
              .append(md(role.grade()))
              .append(", ")
              .append(md(portal.frameworkOf(role).title()))
              .append('\n');
        }
        if (!use.levelId().equals(level)) {
          level = use.levelId();
          md.append("\n### Level ")
              .append(level)
              .append("\n\n[Read level ")
              .append(level)
              .append(" of ")
              .append(md(role.title()))
              .append("](/frameworks/")
              .append(role.frameworkId())
              .append('/')
              .append(role.id())
              .append("/) · [Level ")
              .append(level)
              .append(" checklist](/frameworks/")
              .append(role.frameworkId())
              .append('/')
              .append(role.id())
              .append("/checklist-")
              .append(level.toLowerCase(Locale.ROOT))
              .append("/)\n\n");
        }
        md.append("- ")
            .append(title(use.category()))
            .append(": ")
            .append(md(use.item().text()))
            .append('\n');
      }
      return md.toString();
    }

    private String profile(Profile profile) {
      StringBuilder md =
          new StringBuilder(md(profile.organisation()))
              .append(", ")
              .append(md(profile.grade()))
              .append(".\n\n")
              .append(md(profile.summary()))
              .append("\n\n")
              .append(md(profile.purpose()))
              .append('\n');
      md.append("\n## Accountabilities\n\n");
      profile
          .accountabilities()
          .forEach(item -> md.append("- ").append(md(item.text())).append('\n'));
      statements(md, profile.requirements(), "");
      return md.toString();
    }

    private static String title(String id) {
      return id.isEmpty()
          ? id
          : Character.toUpperCase(id.charAt(0)) + id.substring(1).replace('-', ' ');
    }

    /** Plain text as Markdown: characters that would start markup are escaped. */
    private static String md(String text) {
      return text == null
          ? ""
          : text.replaceAll("([\\\\`*_\\[\\]<>#|])", "\\\\$1").replace('\n', ' ');
    }
  }

  // ---------------------------------------------------------------------------------------------
  // 3. The search index: Java in-process and lunr.js in node

  static IndexFigures searchIndex(ContentSet set, Portal portal, Optional<Path> lunr)
      throws Exception {
    List<LunrIndexBuilder.Document> documents = searchDocuments(portal);
    IndexTiming java = javaIndex(documents);
    IndexTiming lunrTiming = lunr.isPresent() ? lunrIndex(lunr.get(), set, documents) : null;
    System.out.printf(
        "[benchmark]   index of %d documents: Java %.0f ms, lunr.js %s ms%n",
        documents.size(),
        java.medianMillis(),
        lunrTiming == null ? "-" : String.format(Locale.ROOT, "%.0f", lunrTiming.medianMillis()));
    Path siteIndex =
        lastPortalSite
            .getOrDefault(set.content().getFileName().toString(), WORK.resolve("none"))
            .resolve("search-index.json");
    Boolean sameAsSite =
        Files.exists(siteIndex) ? Arrays.equals(Files.readAllBytes(siteIndex), java.json()) : null;
    return new IndexFigures(
        documents.size(), java, lunrTiming, gzip(java.json()).length, sameAsSite);
  }

  /**
   * The documents the site indexes, with the short refs it ships ("r1b": kind letter, base-36
   * position).
   */
  static List<LunrIndexBuilder.Document> searchDocuments(Portal portal) {
    return SearchIndex.shortRefs(new SearchEntries().of(portal)).stream()
        .map(SearchIndex.Entry::document)
        .toList();
  }

  /**
   * {@link LunrIndexBuilder} in this JVM: two untimed builds, then the median of five builds +
   * toJson.
   */
  static IndexTiming javaIndex(List<LunrIndexBuilder.Document> documents) throws IOException {
    for (int i = 0; i < INDEX_WARMUPS; i++) {
      buildIndex(documents);
    }
    List<Double> millis = new ArrayList<>();
    byte[] json = null;
    long busyBefore = machineBusyMillis();
    long ownBefore = ownCpuMillis();
    for (int i = 0; i < INDEX_RUNS; i++) {
      long start = System.nanoTime();
      json = buildIndex(documents);
      millis.add((System.nanoTime() - start) / 1e6);
    }
    long others = machineBusyMillis() - busyBefore - (ownCpuMillis() - ownBefore);
    return new IndexTiming(medianOf(millis), json, Math.max(0, others));
  }

  /** The CPU time this JVM has used. */
  static long ownCpuMillis() {
    return ((com.sun.management.OperatingSystemMXBean)
                java.lang.management.ManagementFactory.getOperatingSystemMXBean())
            .getProcessCpuTime()
        / 1_000_000;
  }

  static byte[] buildIndex(List<LunrIndexBuilder.Document> documents) {
    LunrIndexBuilder builder = new LunrIndexBuilder(SearchIndex.FIELDS);
    documents.forEach(builder::add);
    return builder.toJson();
  }

  /** lunr.js 2.3.9 in node (bench.js): the same warm-ups and runs, build + JSON.stringify. */
  static IndexTiming lunrIndex(Path node, ContentSet set, List<LunrIndexBuilder.Document> documents)
      throws IOException, InterruptedException {
    Path dir = Files.createDirectories(WORK.resolve("index"));
    String name = set.content().getFileName().toString();
    Path inputFile = dir.resolve(name + "-input.json");
    JSON.writeValue(inputFile.toFile(), LunrCompatibilityIT.nodeInput(documents));
    Path lunrJson = dir.resolve(name + "-lunr.json");
    ProcessRun run =
        measure(
            node,
            Map.of(),
            List.of(
                "node",
                "bench.js",
                inputFile.toString(),
                String.valueOf(INDEX_WARMUPS),
                String.valueOf(INDEX_RUNS),
                lunrJson.toString()));
    if (run.exit() != 0) {
      throw new AssertionError("node bench.js failed:\n" + run.output());
    }
    JsonNode result = JSON.readTree(run.output().substring(run.output().indexOf('{')));
    return new IndexTiming(
        result.get("medianMillis").asDouble(), Files.readAllBytes(lunrJson), run.othersCpuMillis());
  }

  /**
   * target/lunr-node with lunr.js 2.3.9 from npm (as LunrCompatibilityIT installs it), or empty
   * without node.
   */
  static Optional<Path> lunrNode() throws IOException, InterruptedException {
    Path node = Path.of("target/lunr-node").toAbsolutePath();
    Files.createDirectories(node);
    for (String file : List.of("package.json", "package-lock.json", ".npmrc", "bench.js")) {
      Files.copy(
          Path.of("src/test/node", file), node.resolve(file), StandardCopyOption.REPLACE_EXISTING);
    }
    try {
      if (versionOf(List.of("node", "--version")).equals("not available")) {
        throw new IOException("node is not installed");
      }
      if (!Files.exists(node.resolve("node_modules/lunr/package.json"))
          && measure(
                      node,
                      Map.of(),
                      List.of("npm", "ci", "--no-audit", "--no-fund", "--loglevel=error"))
                  .exit()
              != 0) {
        throw new IOException("npm ci failed");
      }
      return Optional.of(node);
    } catch (IOException e) {
      System.out.println(
          "[benchmark] node and npm are needed for the lunr.js figures ("
              + e.getMessage()
              + "): the lunr.js rows are left empty");
      return Optional.empty();
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Processes and files

  /**
   * Runs {@code command} under GNU time (peak RSS and the command's CPU time) and times it from
   * start to exit; the machine's busy CPU time (/proc/stat) minus the command's is what others
   * used.
   */
  static ProcessRun measure(Path dir, Map<String, String> env, List<String> command)
      throws IOException, InterruptedException {
    Path usage = Files.createTempFile(WORK, "usage", ".txt");
    List<String> timed =
        Files.isExecutable(TIME)
            ? concat(List.of(TIME.toString(), "-f", "%M %U %S", "-o", usage.toString()), command)
            : command;
    ProcessBuilder builder =
        new ProcessBuilder(timed).directory(dir.toFile()).redirectErrorStream(true);
    builder.environment().putAll(env);
    // The last run's files out to disk first, untimed: otherwise the kernel's write-back of
    // hundreds
    // of megabytes lands in whichever run comes next, portal or Hugo.
    new ProcessBuilder("sync").inheritIO().start().waitFor();
    long busyBefore = machineBusyMillis();
    long start = System.nanoTime();
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    int exit = process.waitFor();
    long wall = (System.nanoTime() - start) / 1_000_000;
    long busy = machineBusyMillis() - busyBefore;
    List<String> lines = Files.readAllLines(usage);
    Files.delete(usage);
    if (lines.isEmpty()) {
      return new ProcessRun(wall, -1, exit, output, -1);
    }
    String[] figures = lines.get(lines.size() - 1).trim().split(" ", -1);
    long cpu = Math.round((Double.parseDouble(figures[1]) + Double.parseDouble(figures[2])) * 1000);
    return new ProcessRun(wall, Long.parseLong(figures[0]), exit, output, Math.max(0, busy - cpu));
  }

  /**
   * CPU time all processes have used since boot (the "cpu" line of /proc/stat, in ticks of 10 ms).
   */
  static long machineBusyMillis() throws IOException {
    String[] ticks = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+", -1);
    long busy = 0;
    for (int field : new int[] {1, 2, 3, 6, 7, 8}) { // user nice system irq softirq steal
      busy += Long.parseLong(ticks[field]);
    }
    return busy * 10;
  }

  /** Runs a set-up command, showing its output only when it fails. */
  static int quietly(List<String> command) throws InterruptedException {
    try {
      ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
      builder.environment().put("DEBIAN_FRONTEND", "noninteractive");
      Process process = builder.start();
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      int exit = process.waitFor();
      if (exit != 0) {
        System.out.println(
            "[benchmark] " + String.join(" ", command) + " failed (" + exit + "):\n" + output);
      }
      return exit;
    } catch (IOException e) {
      System.out.println("[benchmark] " + String.join(" ", command) + ": " + e.getMessage());
      return -1;
    }
  }

  static BuildFigures figures(int runs, ProcessRun median, Path out, Map<String, Long> stages)
      throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(out)) {
      files = walk.filter(Files::isRegularFile).toList();
    }
    List<Path> pages =
        files.stream().filter(f -> f.getFileName().toString().endsWith(".html")).toList();
    long pageBytes = 0;
    for (Path page : pages) {
      pageBytes += Files.size(page);
    }
    return new BuildFigures(
        runs,
        median.wallMillis(),
        median.maxRssKb(),
        files.size(),
        pages.size(),
        pages.isEmpty() ? 0 : pageBytes / pages.size(),
        stages,
        median.othersCpuMillis());
  }

  /** The run with the median wall time (runs are odd in number). */
  static ProcessRun median(List<ProcessRun> runs) {
    List<ProcessRun> sorted = new ArrayList<>(runs);
    sorted.sort(Comparator.comparingLong(ProcessRun::wallMillis));
    return sorted.get(sorted.size() / 2);
  }

  static double medianOf(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    sorted.sort(null);
    return sorted.get(sorted.size() / 2);
  }

  static byte[] gzip(byte[] bytes) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
      gzip.write(bytes);
    }
    return out.toByteArray();
  }

  static void deleteRecursively(Path path) throws IOException {
    if (Files.exists(path)) {
      try (Stream<Path> walk = Files.walk(path)) {
        for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
  }

  static <T> List<T> concat(List<T> a, List<T> b) {
    return Stream.concat(a.stream(), b.stream()).toList();
  }

  static String json(String text) {
    try {
      return JSON.writeValueAsString(text == null ? "" : text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // The report

  static String report(
      List<Column> columns, boolean hugo, boolean lunr, String runTime, String load)
      throws Exception {
    StringBuilder md = new StringBuilder();
    md.append("Machine: ")
        .append(machine())
        .append(". Benchmark run time ")
        .append(runTime)
        .append("; load average ")
        .append(load)
        .append(" (its own work included).\n\n");
    md.append("| |");
    columns.forEach(
        c ->
            md.append(' ')
                .append(c.set().name())
                .append(": ")
                .append(String.format("%,d", c.roles()))
                .append(" roles")
                .append(c.set().shape())
                .append(" |"));
    md.append("\n|---|").append("---:|".repeat(columns.size())).append('\n');
    row(
        md,
        columns,
        "**portal build** (`./portal build`, new JVM), median wall time",
        c -> seconds(c.portal().medianMillis()) + " (" + c.portal().runs() + " runs)");
    row(md, columns, "portal: files written (HTML pages)", c -> files(c.portal()));
    row(
        md,
        columns,
        "portal: files per second",
        c -> String.format("%,.0f", c.portal().filesPerSecond()));
    row(md, columns, "portal: peak memory (max RSS)", c -> megabytes(c.portal().maxRssKb()));
    row(md, columns, "portal: average HTML page", c -> kilobytes(c.portal().averagePageBytes()));
    row(
        md,
        columns,
        "portal: CPU used by other processes during the median run",
        c -> cpu(c.portal().othersCpuMillis()));
    List<String> stages = columns.get(0).portal().stages().keySet().stream().toList();
    for (String stage : stages) {
      String label =
          switch (stage) {
            case "index" -> "portal stage: index (beside render, in parallel)";
            case "total" -> "portal stage: total since the JVM started";
            default -> "portal stage: " + stage;
          };
      row(
          md,
          columns,
          label,
          c ->
              c.portal().stages().containsKey(stage)
                  ? String.format("%,d ms", c.portal().stages().get(stage))
                  : "-");
    }
    if (hugo) {
      row(
          md,
          columns,
          "**Hugo** " + hugoVersion() + " (`hugo --quiet --minify=false`), median wall time",
          c -> seconds(c.hugo().medianMillis()) + " (" + c.hugo().runs() + " runs)");
      row(md, columns, "Hugo: files written (HTML pages)", c -> files(c.hugo()));
      row(
          md,
          columns,
          "Hugo: files per second",
          c -> String.format("%,.0f", c.hugo().filesPerSecond()));
      row(md, columns, "Hugo: peak memory (max RSS)", c -> megabytes(c.hugo().maxRssKb()));
      row(md, columns, "Hugo: average HTML page", c -> kilobytes(c.hugo().averagePageBytes()));
      row(
          md,
          columns,
          "Hugo: CPU used by other processes during the median run",
          c -> cpu(c.hugo().othersCpuMillis()));
      row(
          md,
          columns,
          "**portal time / Hugo time**",
          c ->
              String.format(
                  "**%.2f**", (double) c.portal().medianMillis() / c.hugo().medianMillis()));
    } else {
      row(md, columns, "Hugo", c -> "not installed");
    }
    row(
        md,
        columns,
        "**search index**: documents",
        c -> String.format("%,d", c.index().documents()));
    row(
        md,
        columns,
        "Java `LunrIndexBuilder` build + toJson, median of "
            + INDEX_RUNS
            + " (in-process, "
            + INDEX_WARMUPS
            + " warm-ups)",
        c -> String.format("%,.0f ms", c.index().java().medianMillis()));
    if (lunr) {
      row(
          md,
          columns,
          "lunr.js 2.3.9 in node build + JSON.stringify, median of "
              + INDEX_RUNS
              + " ("
              + INDEX_WARMUPS
              + " warm-ups)",
          c -> String.format("%,.0f ms", c.index().lunr().medianMillis()));
      row(
          md,
          columns,
          "**lunr.js time / Java time**",
          c ->
              String.format(
                  "**%.1f**", c.index().lunr().medianMillis() / c.index().java().medianMillis()));
      row(
          md,
          columns,
          "Java and lunr.js JSON byte-identical",
          c -> c.index().identical() ? "yes" : "**NO**");
      row(
          md,
          columns,
          "index: CPU used by other processes during the Java / lunr.js builds",
          c ->
              cpu(c.index().java().othersCpuMillis())
                  + " / "
                  + cpu(c.index().lunr().othersCpuMillis()));
    } else {
      row(md, columns, "lunr.js", c -> "node not available");
    }
    row(
        md,
        columns,
        "same bytes as the built site's search-index.json",
        c -> c.index().sameAsSite() == null ? "-" : c.index().sameAsSite() ? "yes" : "**NO**");
    row(md, columns, "index size, raw", c -> kilobytes(c.index().java().json().length));
    row(md, columns, "index size, gzipped", c -> kilobytes(c.index().gzipBytes()));
    return md.toString();
  }

  static void row(
      StringBuilder md, List<Column> columns, String label, Function<Column, String> cell) {
    md.append("| ").append(label).append(" |");
    columns.forEach(c -> md.append(' ').append(cell.apply(c)).append(" |"));
    md.append('\n');
  }

  static String files(BuildFigures build) {
    return String.format("%,d (%,d)", build.files(), build.pages());
  }

  static String seconds(long millis) {
    return String.format("%.2f s", millis / 1000.0);
  }

  static String cpu(long millis) {
    return millis < 0 ? "-" : String.format("%.1f s", millis / 1000.0);
  }

  static String megabytes(long kb) {
    return kb < 0 ? "-" : String.format("%,d MB", Math.round(kb / 1024.0));
  }

  static String kilobytes(long bytes) {
    return bytes >= 1024 * 1024
        ? String.format("%,.1f MB", bytes / 1048576.0)
        : String.format("%,.1f KB", bytes / 1024.0);
  }

  static String machine() throws IOException {
    String cpu =
        Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
            .filter(l -> l.startsWith("model name"))
            .findFirst()
            .map(l -> l.substring(l.indexOf(':') + 1).trim())
            .orElse("unknown CPU");
    String memory =
        Files.readAllLines(Path.of("/proc/meminfo")).stream()
            .filter(l -> l.startsWith("MemTotal"))
            .findFirst()
            .map(l -> Math.round(Long.parseLong(l.replaceAll("\\D", "")) / 1048576.0) + " GB RAM")
            .orElse("");
    return Runtime.getRuntime().availableProcessors()
        + " cores ("
        + cpu
        + "), "
        + memory
        + ", Java "
        + System.getProperty("java.version")
        + ", node "
        + nodeVersion();
  }

  /** The one-minute load average: how busy the machine was apart from the benchmark. */
  static String loadAverage() throws IOException {
    return Files.readString(Path.of("/proc/loadavg")).split(" ", -1)[0];
  }

  static String nodeVersion() {
    return versionOf(List.of("node", "--version"));
  }

  static String hugoVersion() {
    String version = versionOf(List.of(HUGO.toString(), "version"));
    Matcher number = Pattern.compile("v\\d+\\.\\d+\\.\\d+").matcher(version);
    return number.find() ? number.group() : version;
  }

  static String versionOf(List<String> command) {
    try {
      Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
      String output =
          new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
      process.waitFor();
      return output.lines().findFirst().orElse("?");
    } catch (IOException | InterruptedException e) {
      return "not available";
    }
  }
}
