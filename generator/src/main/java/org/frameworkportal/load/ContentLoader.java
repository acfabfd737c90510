package org.frameworkportal.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.frameworkportal.load.YamlNode.Entry;
import org.frameworkportal.model.Audience;
import org.frameworkportal.model.Content;
import org.frameworkportal.model.Framework;
import org.frameworkportal.model.FreePage;
import org.frameworkportal.model.Item;
import org.frameworkportal.model.Level;
import org.frameworkportal.model.LevelDefinition;
import org.frameworkportal.model.Profile;
import org.frameworkportal.model.Ref;
import org.frameworkportal.model.ProfileSection;
import org.frameworkportal.model.Role;
import org.frameworkportal.model.SectorFramework;
import org.frameworkportal.model.Site;
import org.frameworkportal.model.Skill;
import org.frameworkportal.model.SourcePosition;
import org.frameworkportal.model.Team;
import org.frameworkportal.validate.Problems;

/**
 * Reads a content folder into the model. The only reader of content files: every value keeps its
 * file and line, and every problem is collected rather than thrown.
 */
public final class ContentLoader {
  private static final Set<String> SITE_KEYS = Set.of(
      "title", "organisation", "intranet", "summary", "intro", "base_url", "levels", "categories", "audiences", "notes");
  private static final Set<String> LEVEL_DEFINITION_KEYS = Set.of("id", "name", "intro");
  private static final Set<String> AUDIENCE_KEYS = Set.of("id", "title", "question", "description");
  private static final Set<String> FRAMEWORK_KEYS = Set.of(
      "title", "published", "summary", "intro", "uses", "how_to_use", "structure", "development",
      "transferable_skills", "evidence_guidance", "teams", "sector_frameworks", "levels", "roles", "notes");
  private static final Set<String> TEAM_KEYS = Set.of("id", "title", "description", "part_of");
  private static final Set<String> SECTOR_FRAMEWORK_KEYS = Set.of("title", "url");
  private static final Set<String> ROLE_KEYS = Set.of(
      "title", "grade", "team", "summary", "duties", "sector_framework", "next", "levels", "notes");
  private static final Set<String> LEVEL_KEYS = Set.of("intro", "sector_framework", "evidence", "development");
  private static final Set<String> SKILLS_FILE_KEYS = Set.of("skills", "notes");
  private static final Set<String> SKILL_KEYS = Set.of("id", "name", "description", "match");
  private static final Set<String> PROFILE_KEYS = Set.of(
      "title", "organisation", "grade", "summary", "reports_to", "directorate", "service", "location", "date",
      "purpose", "accountabilities_heading", "accountabilities", "requirements", "values", "sections",
      "related", "notes");
  private static final Set<String> PROFILE_SECTION_KEYS = Set.of("title", "body");
  private static final Set<String> PAGE_KEYS = Set.of("title", "summary");
  private static final java.util.regex.Pattern DATE =
      java.util.regex.Pattern.compile("\\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?");
  static final List<String> DEFAULT_CATEGORIES = List.of("qualifications", "knowledge", "experience", "skills");

  private final Path contentDir;
  private final String displayRoot;
  private final Problems problems;
  private final YamlReader yaml = new YamlReader();
  private final YamlCache cache;
  private final Set<String> roleFilesOnDisk = new java.util.TreeSet<>();

  /**
   * @param contentDir the folder to read
   * @param displayRoot how messages name that folder ("content"), so paths read as the editor typed them
   */
  public ContentLoader(Path contentDir, String displayRoot, Problems problems) {
    this(contentDir, displayRoot, problems, new YamlCache());
  }

  /** As above, reusing the files parsed by an earlier build where they have not changed since. */
  public ContentLoader(Path contentDir, String displayRoot, Problems problems, YamlCache cache) {
    this.cache = cache;
    this.contentDir = contentDir;
    this.displayRoot = displayRoot.replace('\\', '/').replaceAll("/+$", "");
    this.problems = problems;
  }

  /** The content, or empty when site.yaml itself could not be read. */
  public Optional<Content> load() {
    if (!Files.isDirectory(contentDir)) {
      problems.add(SourcePosition.startOf(displayRoot), "the content folder does not exist",
          "run the command from the project folder, or give --content");
      return Optional.empty();
    }
    Optional<Site> site = readYaml(contentDir.resolve("site.yaml"), true).flatMap(this::site);
    if (site.isEmpty()) {
      return Optional.empty();
    }
    readAheadInParallel(site.get());
    List<Framework> frameworks = new ArrayList<>();
    for (Path dir : children(contentDir.resolve("frameworks"), Files::isDirectory)) {
      framework(dir, site.get()).ifPresent(frameworks::add);
    }
    List<Skill> skills = readYaml(contentDir.resolve("skills.yaml"), false).map(this::skills).orElse(List.of());
    List<Profile> profiles = new ArrayList<>();
    for (Path file : yamlFiles(contentDir.resolve("profiles"))) {
      readYaml(file, true).flatMap(node -> profile(idOf(file), node, site.get())).ifPresent(profiles::add);
    }
    List<FreePage> pages = new ArrayList<>();
    for (Path file : children(contentDir.resolve("pages"), path -> path.toString().endsWith(".md"))) {
      page(file).ifPresent(pages::add);
    }
    return Optional.of(new Content(site.get(), frameworks, skills, profiles, pages));
  }

  /**
   * Parses the framework files, and parses and reads the role files, on every core into the cache,
   * so that the reading in order below (which reports problems, in order) finds them done: this is
   * most of loading, and at 2,000 roles it took over a second on one core. Problems found here are
   * kept with the file and reported when it is read; a file that cannot be read here is simply read
   * again then.
   */
  private void readAheadInParallel(Site site) {
    record Ahead(Path file, String framework, boolean role) {}
    List<Ahead> files = new ArrayList<>();
    for (Path dir : children(contentDir.resolve("frameworks"), Files::isDirectory)) {
      files.add(new Ahead(dir.resolve("framework.yaml"), idOf(dir), false));
      children(dir.resolve("roles"), path -> path.toString().endsWith(".yaml"))
          .forEach(file -> files.add(new Ahead(file, idOf(dir), true)));
    }
    ThreadLocal<YamlReader> readers = ThreadLocal.withInitial(YamlReader::new);
    files.parallelStream().filter(ahead -> Files.isRegularFile(ahead.file())).forEach(ahead -> {
      try {
        Problems ignored = new Problems();
        Optional<YamlNode> node = cache.read(ahead.file(), display(ahead.file()), ignored, readers.get());
        if (ahead.role() && node.isPresent()) {
          cachedRole(ahead.file(), ahead.framework(), node.get(), site, ignored);
        }
      } catch (IOException | RuntimeException e) {
        // read again, in order, where the problem is reported
      }
    });
  }

  /**
   * Full ids of every role file found, including those that could not be read, so that references
   * to a broken file are not reported as references to a missing one.
   */
  public Set<String> roleFilesOnDisk() {
    return Set.copyOf(roleFilesOnDisk);
  }

  // ---- site.yaml

  private Optional<Site> site(YamlNode node) {
    return Fields.of(node, problems, "site.yaml", SITE_KEYS).map(f -> {
      List<String> categories = f.node("categories").isPresent() ? f.texts("categories") : DEFAULT_CATEGORIES;
      return new Site(
          f.requiredText("title"),
          f.requiredText("organisation"),
          f.text("intranet"),
          f.text("summary"),
          f.text("intro"),
          f.text("base_url"),
          levelDefinitions(f),
          categories,
          f.list("audiences", this::audience),
          f.texts("notes"));
    });
  }

  private List<LevelDefinition> levelDefinitions(Fields f) {
    return f.list("levels", node -> Fields.of(node, problems, "a level of the scheme", LEVEL_DEFINITION_KEYS)
        .map(l -> new LevelDefinition(l.requiredText("id"), l.requiredText("name"), l.text("intro")))
        .orElse(null));
  }

  private Audience audience(YamlNode node) {
    return Fields.of(node, problems, "an audience", AUDIENCE_KEYS)
        .map(a -> new Audience(a.requiredText("id"), a.requiredText("title"), a.text("question"), a.text("description")))
        .orElse(null);
  }

  // ---- frameworks/<id>/framework.yaml and roles/<id>.yaml

  private Optional<Framework> framework(Path dir, Site site) {
    String id = idOf(dir);
    List<Path> roleFiles = yamlFiles(dir.resolve("roles"));
    roleFiles.forEach(roleFile -> roleFilesOnDisk.add(id + "/" + idOf(roleFile)));
    Path file = dir.resolve("framework.yaml");
    Optional<Fields> read = readYaml(file, true)
        .flatMap(node -> Fields.of(node, problems, "framework.yaml", FRAMEWORK_KEYS));
    if (read.isEmpty()) {
      return Optional.empty();
    }
    Fields f = read.get();
    List<LevelDefinition> levels = f.node("levels").isPresent() ? levelDefinitions(f) : site.levels();
    String published = f.text("published");
    if (published != null && !DATE.matcher(published).matches()) {
      problems.add(f.positionOf("published"), "'published' must be a date written YYYY-MM-DD or YYYY-MM, not '"
          + published + "'", "for example 2025-06-16, or 2024-12 for December 2024");
    }
    Map<String, Role> rolesById = new LinkedHashMap<>();
    for (Path roleFile : roleFiles) {
      readYaml(roleFile, true)
          .flatMap(node -> cachedRole(roleFile, id, node, site, problems))
          .ifPresent(role -> rolesById.put(role.id(), role));
    }
    var roleOrder = f.refs("roles");
    List<Role> roles = new ArrayList<>();
    roleOrder.forEach(ref -> Optional.ofNullable(rolesById.remove(ref.id())).ifPresent(roles::add));
    roles.addAll(rolesById.values()); // unlisted roles: the validator reports them
    return Optional.of(new Framework(
        id,
        f.requiredText("title"),
        published,
        f.requiredText("summary"),
        f.text("intro"),
        f.texts("uses"),
        f.text("how_to_use"),
        f.text("structure"),
        f.text("development"),
        f.text("transferable_skills"),
        f.text("evidence_guidance"),
        f.list("teams", this::team),
        f.list("sector_frameworks", this::sectorFramework),
        levels,
        roleOrder,
        roles,
        f.texts("notes"),
        SourcePosition.startOf(display(file))));
  }

  private Team team(YamlNode node) {
    return Fields.of(node, problems, "a team", TEAM_KEYS).map(t -> {
      String partOf = t.text("part_of");
      return new Team(t.requiredText("id"), t.requiredText("title"), t.text("description"),
          partOf == null ? null : new Ref(partOf, t.positionOf("part_of")), node.at());
    }).orElse(null);
  }

  private SectorFramework sectorFramework(YamlNode node) {
    if (node instanceof YamlNode.ScalarNode scalar) {
      return new SectorFramework(scalar.text(), null);
    }
    return Fields.of(node, problems, "a sector framework", SECTOR_FRAMEWORK_KEYS)
        .map(s -> new SectorFramework(s.requiredText("title"), s.text("url")))
        .orElse(null);
  }

  /** A role file's role, the very same object as last build's while the file and the site are unchanged. */
  private Optional<Role> cachedRole(Path file, String frameworkId, YamlNode node, Site site, Problems problems) {
    return cache.converted(file, node, List.of(frameworkId, site), problems,
        own -> role(frameworkId, idOf(file), node, site, own));
  }

  /** Reads a role; what is wrong goes to {@code problems}, so roles can be read on several threads. */
  private Optional<Role> role(String frameworkId, String id, YamlNode node, Site site, Problems problems) {
    return Fields.of(node, problems, "a role file", ROLE_KEYS).map(f -> {
      String team = f.text("team");
      Map<String, Level> levels = new LinkedHashMap<>();
      f.node("levels").ifPresent(levelsNode -> Fields.of(levelsNode, problems, "'levels'", null)
          .ifPresent(l -> l.entries().forEach(entry -> levels.put(entry.key(), level(entry, site, problems)))));
      return new Role(
          frameworkId,
          id,
          f.requiredText("title"),
          f.requiredText("grade"),
          team == null ? null : new Ref(team, f.positionOf("team")),
          f.text("summary"),
          f.texts("duties"),
          f.text("sector_framework"),
          f.refs("next"),
          levels,
          f.texts("notes"),
          f.at());
    });
  }

  private Level level(Entry entry, Site site, Problems problems) {
    SourcePosition at = entry.keyAt();
    Set<String> allowed = new LinkedHashSet<>(LEVEL_KEYS);
    allowed.addAll(site.categories());
    Optional<Fields> read = entry.value() instanceof YamlNode.ScalarNode scalar && scalar.text() == null
        ? Optional.empty()
        : Fields.of(entry.value(), problems, "level " + entry.key(), allowed);
    Map<String, List<Item>> requirements = new LinkedHashMap<>();
    Map<String, List<Item>> evidence = new LinkedHashMap<>();
    if (read.isEmpty()) {
      return new Level(entry.key(), null, null, requirements, evidence, List.of(), at);
    }
    Fields f = read.get();
    for (String category : site.categories()) {
      requirements.put(category, f.items(category));
    }
    f.node("evidence").flatMap(node -> Fields.of(node, problems, "the evidence of level " + entry.key(),
        Set.copyOf(site.categories())))
        .ifPresent(e -> site.categories().forEach(category -> evidence.put(category, e.items(category))));
    return new Level(entry.key(), f.text("intro"), f.text("sector_framework"), requirements, evidence,
        f.items("development"), at);
  }

  // ---- skills.yaml

  private List<Skill> skills(YamlNode node) {
    return Fields.of(node, problems, "skills.yaml", SKILLS_FILE_KEYS)
        .map(f -> f.list("skills", this::skill))
        .orElse(List.of());
  }

  private Skill skill(YamlNode node) {
    return Fields.of(node, problems, "a skill", SKILL_KEYS)
        .map(s -> new Skill(s.requiredText("id"), s.requiredText("name"), s.text("description"), s.texts("match"), node.at()))
        .orElse(null);
  }

  // ---- profiles/<id>.yaml

  private Optional<Profile> profile(String id, YamlNode node, Site site) {
    return Fields.of(node, problems, "a profile file", PROFILE_KEYS).map(f -> {
      Map<String, List<Item>> requirements = new LinkedHashMap<>();
      Set<String> categories = new LinkedHashSet<>(site.categories());
      categories.add("other");
      f.node("requirements").flatMap(r -> Fields.of(r, problems, "'requirements'", categories))
          .ifPresent(r -> categories.forEach(category -> requirements.put(category, r.items(category))));
      return new Profile(
          id,
          f.requiredText("title"),
          f.requiredText("organisation"),
          f.requiredText("grade"),
          f.text("summary"),
          f.text("reports_to"),
          f.text("directorate"),
          f.text("service"),
          f.text("location"),
          f.text("date"),
          f.text("purpose"),
          f.text("accountabilities_heading"),
          f.items("accountabilities"),
          requirements,
          f.items("values"),
          f.list("sections", section -> Fields.of(section, problems, "a section", PROFILE_SECTION_KEYS)
              .map(s -> new ProfileSection(s.requiredText("title"), s.requiredText("body"))).orElse(null)),
          f.refs("related"),
          f.texts("notes"),
          f.at());
    });
  }

  // ---- pages/<id>.md: Markdown with YAML front matter

  private Optional<FreePage> page(Path file) {
    String name = display(file);
    String text;
    try {
      text = Files.readString(file);
    } catch (IOException e) {
      problems.add(SourcePosition.startOf(name), "the page could not be read as UTF-8 text",
          "save the file as UTF-8");
      return Optional.empty();
    }
    if (!text.startsWith("---\n")) {
      problems.add(SourcePosition.startOf(name), "a page starts with front matter between '---' lines",
          "begin the file with ---, title: ..., ---");
      return Optional.empty();
    }
    int end = text.indexOf("\n---\n", 4);
    if (end < 0) {
      problems.add(SourcePosition.startOf(name), "the front matter is not closed with a '---' line");
      return Optional.empty();
    }
    String frontMatter = text.substring(4, end + 1);
    // Pad with empty lines so that positions inside the front matter match the file's lines.
    Optional<YamlNode> node = yaml.read(("\n" + frontMatter).getBytes(java.nio.charset.StandardCharsets.UTF_8), name, problems);
    return node.flatMap(n -> Fields.of(n, problems, "the page's front matter", PAGE_KEYS))
        .map(f -> new FreePage(idOf(file), f.requiredText("title"), f.text("summary"), text.substring(end + 5),
            SourcePosition.startOf(name)));
  }

  // ---- files

  private Optional<YamlNode> readYaml(Path file, boolean required) {
    String name = display(file);
    if (!Files.isRegularFile(file)) {
      if (required) {
        problems.add(SourcePosition.startOf(name), "the file " + file.getFileName() + " is missing",
            file.getFileName().toString().equals("framework.yaml")
                ? "every folder in frameworks/ needs a framework.yaml"
                : "create it");
      }
      return Optional.empty();
    }
    try {
      return cache.read(file, name, problems, yaml);
    } catch (IOException e) {
      problems.add(SourcePosition.startOf(name), "the file could not be read: " + e.getMessage());
      return Optional.empty();
    }
  }

  private List<Path> yamlFiles(Path dir) {
    List<Path> files = children(dir, Files::isRegularFile);
    for (Path file : files) {
      if (!file.toString().endsWith(".yaml")) {
        problems.add(SourcePosition.startOf(display(file)), "only .yaml files belong in this folder",
            file.toString().endsWith(".yml") ? "rename it to end in .yaml" : "move the file elsewhere");
      }
    }
    return files.stream().filter(file -> file.toString().endsWith(".yaml")).toList();
  }

  /** Children sorted by name so that every build reads, and reports, in the same order. */
  private static List<Path> children(Path dir, java.util.function.Predicate<Path> filter) {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> stream = Files.list(dir)) {
      return stream
          .filter(path -> !path.getFileName().toString().startsWith("."))
          .filter(filter)
          .sorted(Comparator.comparing(path -> path.getFileName().toString()))
          .toList();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static String idOf(Path path) {
    String name = path.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return Files.isDirectory(path) || dot < 0 ? name : name.substring(0, dot);
  }

  /** A path as the editor sees it: {@code content/frameworks/x/roles/y.yaml}. */
  public String display(Path file) {
    String relative = contentDir.relativize(file).toString().replace('\\', '/');
    return displayRoot.isEmpty() ? relative : displayRoot + "/" + relative;
  }
}
