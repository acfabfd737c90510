package org.frameworkportal.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.frameworkportal.diag.Problem;
import org.frameworkportal.diag.Problems;
import org.frameworkportal.diag.SourcePosition;
import org.frameworkportal.load.YamlNode.Entry;
import org.frameworkportal.model.Audience;
import org.frameworkportal.model.Content;
import org.frameworkportal.model.Framework;
import org.frameworkportal.model.FreePage;
import org.frameworkportal.model.Item;
import org.frameworkportal.model.Level;
import org.frameworkportal.model.LevelDefinition;
import org.frameworkportal.model.Profile;
import org.frameworkportal.model.ProfileSection;
import org.frameworkportal.model.Ref;
import org.frameworkportal.model.Role;
import org.frameworkportal.model.SectorFramework;
import org.frameworkportal.model.Site;
import org.frameworkportal.model.Skill;
import org.frameworkportal.model.Team;
import org.frameworkportal.shape.Category;
import org.frameworkportal.shape.FrameworkYaml;
import org.frameworkportal.shape.PageFrontMatter;
import org.frameworkportal.shape.Patterns;
import org.frameworkportal.shape.ProfileYaml;
import org.frameworkportal.shape.RoleYaml;
import org.frameworkportal.shape.SiteYaml;
import org.frameworkportal.shape.SkillsYaml;
import org.frameworkportal.validate.Ids;

/**
 * Reads a content folder into the model. The only reader of content files: every value keeps its
 * file and line, and every problem is collected rather than thrown.
 */
public final class ContentLoader {
  private final Path contentDir;
  private final ContentFolder folder;
  private final Problems problems;
  private final YamlReader yaml = new YamlReader();
  private final YamlCache cache;
  private final Set<String> roleFilesOnDisk = new TreeSet<>();

  /**
   * @param contentDir the folder to read
   * @param displayRoot how messages name that folder ("content"), so paths read as the editor typed
   *     them
   */
  public ContentLoader(Path contentDir, String displayRoot, Problems problems) {
    this(contentDir, displayRoot, problems, new YamlCache());
  }

  /** As above, reusing the files parsed by an earlier build where they have not changed since. */
  public ContentLoader(Path contentDir, String displayRoot, Problems problems, YamlCache cache) {
    this(contentDir, displayRoot, problems, cache, ContentFolder.REAL_DISK);
  }

  /** As above, reaching the disk through {@code disk}: tests make reading fail with it. */
  ContentLoader(
      Path contentDir,
      String displayRoot,
      Problems problems,
      YamlCache cache,
      ContentFolder.Disk disk) {
    this.cache = cache;
    this.contentDir = contentDir;
    this.folder =
        new ContentFolder(contentDir, displayRoot.replace('\\', '/').replaceAll("/+$", ""), disk);
    this.problems = problems;
  }

  /** The content, or empty when site.yaml itself could not be read. */
  public Optional<Content> load() {
    if (!Files.isDirectory(contentDir)) {
      problems.add(
          SourcePosition.startOf(folder.display(contentDir)),
          "the content folder does not exist",
          "run the command from the project folder, or give --content");
      return Optional.empty();
    }
    Optional<Site> site = readYaml(contentDir.resolve("site.yaml"), true).flatMap(this::site);
    if (site.isEmpty()) {
      return Optional.empty();
    }
    List<Path> frameworkFolders = frameworkFolders();
    readAheadInParallel(frameworkFolders, site.get());
    List<Framework> frameworks = new ArrayList<>();
    for (Path dir : frameworkFolders) {
      framework(dir, site.get()).ifPresent(frameworks::add);
    }
    List<Skill> skills =
        readYaml(contentDir.resolve("skills.yaml"), false).map(this::skills).orElse(List.of());
    List<Profile> profiles = new ArrayList<>();
    for (Path file :
        contentFiles(contentDir.resolve("profiles"), ".yaml", Ids.Kind.PROFILE, problems, null)
            .orElse(List.of())) {
      readYaml(file, true)
          .flatMap(node -> profile(idOf(file), node, site.get()))
          .ifPresent(profiles::add);
    }
    List<FreePage> pages = new ArrayList<>();
    for (Path file :
        contentFiles(contentDir.resolve("pages"), ".md", Ids.Kind.PAGE, problems, null)
            .orElse(List.of())) {
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
  private void readAheadInParallel(List<Path> frameworkFolders, Site site) {
    record Ahead(Path file, String framework, boolean role) {}
    List<Ahead> files = new ArrayList<>();
    Problems ignored = new Problems();
    for (Path dir : frameworkFolders) {
      files.add(new Ahead(dir.resolve("framework.yaml"), folderId(dir), false));
      roleFiles(dir, ignored, new TreeSet<>())
          .orElse(List.of())
          .forEach(file -> files.add(new Ahead(file, folderId(dir), true)));
    }
    ThreadLocal<YamlReader> readers = ThreadLocal.withInitial(YamlReader::new);
    files.parallelStream()
        .forEach(
            ahead -> {
              try {
                Problems own = new Problems();
                if (!folder.isFile(ahead.file(), false, own)) {
                  return;
                }
                Optional<YamlNode> node =
                    cache.read(
                        ahead.file(), folder.display(ahead.file()), own, readers.get(), folder);
                if (ahead.role() && node.isPresent()) {
                  cachedRole(ahead.file(), ahead.framework(), node.get(), site, own);
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
    return Fields.of(node, problems, SiteYaml.SITE)
        .map(
            f -> {
              List<String> categories =
                  f.node("categories").isPresent()
                      ? f.ids("categories", Ids.Kind.CATEGORY)
                      : Category.DEFAULT_IDS;
              if (f.isEmptyList("categories")) {
                problems.add(
                    f.positionOf("categories"),
                    "'categories' lists no category",
                    "list them, for example [qualifications, knowledge, experience, skills]");
              }
              // 'levels' is required by the shape; missing, it is said with an example scheme.
              if (f.node("levels").isEmpty()) {
                problems.add(
                    f.at(),
                    "site.yaml needs a level scheme under 'levels:'",
                    "for example A Developing, B Practising, C Accomplished");
              }
              return new Site(
                  f.text("title"),
                  f.text("organisation"),
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

  /** A level scheme; written down, it needs at least one level. */
  private List<LevelDefinition> levelDefinitions(Fields f) {
    List<LevelDefinition> levels =
        f.list(
            "levels",
            node ->
                Fields.of(node, problems, SiteYaml.LEVEL_DEFINITION)
                    .map(
                        l ->
                            new LevelDefinition(
                                l.id("id", Ids.Kind.LEVEL),
                                l.text("name"),
                                l.text("intro"),
                                l.positionOf("id")))
                    .orElse(null));
    if (f.isEmptyList("levels")) {
      problems.add(
          f.positionOf("levels"),
          "'levels' lists no level",
          "list the levels, for example A Developing, B Practising, C Accomplished");
    }
    return levels;
  }

  private Audience audience(YamlNode node) {
    return Fields.of(node, problems, SiteYaml.AUDIENCE)
        .map(
            a ->
                new Audience(
                    a.id("id", Ids.Kind.AUDIENCE),
                    a.text("title"),
                    a.text("question"),
                    a.text("description"),
                    a.positionOf("id")))
        .orElse(null);
  }

  // ---- frameworks/<id>/framework.yaml and roles/<id>.yaml

  private Optional<Framework> framework(Path dir, Site site) {
    String id = folderId(dir);
    Optional<List<Path>> listed = roleFiles(dir, problems, roleFilesOnDisk);
    List<Path> roleFiles = listed.orElse(List.of());
    Path file = dir.resolve("framework.yaml");
    Optional<Fields> read =
        readYaml(file, true).flatMap(node -> Fields.of(node, problems, FrameworkYaml.FRAMEWORK));
    if (read.isEmpty()) {
      return Optional.empty();
    }
    Fields f = read.get();
    List<LevelDefinition> own = f.node("levels").isPresent() ? levelDefinitions(f) : List.of();
    // With no scheme of its own (or an empty one, already reported) a framework uses the site's.
    List<LevelDefinition> levels = own.isEmpty() ? site.levels() : own;
    String published = f.text("published");
    if (published != null && !Patterns.isDate(published)) {
      problems.add(
          f.positionOf("published"),
          "'published' must be a date written YYYY-MM-DD or YYYY-MM, not '"
              + Problem.shortened(published)
              + "'",
          "for example 2025-06-16, or 2024-12 for December 2024");
    }
    Map<String, Role> rolesById = new LinkedHashMap<>();
    for (Path roleFile : roleFiles) {
      readYaml(roleFile, true)
          .flatMap(node -> cachedRole(roleFile, id, node, site, problems))
          .ifPresent(role -> rolesById.put(role.id(), role));
    }
    var roleOrder = f.refs("roles");
    if (listed.isEmpty()) {
      // The roles folder could not be read (said once, there): its roles are not missing as well.
      roleOrder.forEach(ref -> roleFilesOnDisk.add(id + "/" + ref.id()));
    }
    List<Role> roles = new ArrayList<>();
    roleOrder.forEach(ref -> Optional.ofNullable(rolesById.remove(ref.id())).ifPresent(roles::add));
    roles.addAll(rolesById.values()); // unlisted roles: the validator reports them
    return Optional.of(
        new Framework(
            id,
            f.text("title"),
            published,
            f.text("summary"),
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
    return Fields.of(node, problems, FrameworkYaml.TEAM)
        .map(
            t -> {
              String partOf = t.text("part_of");
              return new Team(
                  t.id("id", Ids.Kind.TEAM),
                  t.text("title"),
                  t.text("description"),
                  partOf == null ? null : new Ref(partOf, t.positionOf("part_of")),
                  t.positionOf("id"));
            })
        .orElse(null);
  }

  private SectorFramework sectorFramework(YamlNode node) {
    if (node instanceof YamlNode.ScalarNode scalar) {
      return new SectorFramework(scalar.text(), null);
    }
    return Fields.of(node, problems, FrameworkYaml.SECTOR_FRAMEWORK)
        .map(s -> new SectorFramework(s.text("title"), s.text("url")))
        .orElse(null);
  }

  /**
   * A role file's role, the very same object as last build's while the file and the site are
   * unchanged.
   */
  private Optional<Role> cachedRole(
      Path file, String frameworkId, YamlNode node, Site site, Problems problems) {
    return cache.converted(
        file,
        node,
        List.of(frameworkId, site),
        problems,
        own -> role(frameworkId, idOf(file), node, site, own));
  }

  /**
   * Reads a role; what is wrong goes to {@code problems}, so roles can be read on several threads.
   */
  private Optional<Role> role(
      String frameworkId, String id, YamlNode node, Site site, Problems problems) {
    return Fields.of(node, problems, RoleYaml.ROLE)
        .map(
            f -> {
              Ref team = f.provisionalRef("team", RoleYaml.SUGGESTED_TEAM);
              Map<String, Level> levels = new LinkedHashMap<>();
              f.node("levels")
                  .ifPresent(
                      levelsNode ->
                          Fields.withAnyKeys(levelsNode, problems, "'levels'")
                              .ifPresent(
                                  l ->
                                      l.entries()
                                          .forEach(
                                              entry ->
                                                  levels.put(
                                                      entry.key(), level(entry, site, problems)))));
              return new Role(
                  frameworkId,
                  id,
                  f.text("title"),
                  f.text("grade"),
                  team,
                  f.text("summary"),
                  f.texts("duties"),
                  f.text("sector_framework"),
                  f.provisionalRefs("next", RoleYaml.SUGGESTED_NEXT_ROLE),
                  levels,
                  f.texts("notes"),
                  f.at(),
                  f.reason("provisional"));
            });
  }

  private Level level(Entry entry, Site site, Problems problems) {
    SourcePosition at = entry.keyAt();
    Optional<Fields> read =
        entry.value() instanceof YamlNode.ScalarNode scalar && scalar.text() == null
            ? Optional.empty()
            : Fields.of(
                entry.value(), problems, "level " + entry.key(), RoleYaml.LEVEL, site.categories());
    Map<String, List<Item>> requirements = new LinkedHashMap<>();
    Map<String, List<Item>> evidence = new LinkedHashMap<>();
    if (read.isEmpty()) {
      return new Level(entry.key(), null, null, requirements, evidence, List.of(), at);
    }
    Fields f = read.get();
    for (String category : site.categories()) {
      requirements.put(category, f.items(category));
    }
    f.node("evidence")
        .flatMap(
            node ->
                Fields.of(
                    node,
                    problems,
                    "the evidence of level " + entry.key(),
                    RoleYaml.EVIDENCE,
                    site.categories()))
        .ifPresent(
            e -> site.categories().forEach(category -> evidence.put(category, e.items(category))));
    return new Level(
        entry.key(),
        f.text("intro"),
        f.text("sector_framework"),
        requirements,
        evidence,
        f.items("development"),
        at);
  }

  // ---- skills.yaml

  private List<Skill> skills(YamlNode node) {
    return Fields.of(node, problems, SkillsYaml.SKILLS)
        .map(f -> f.list("skills", this::skill))
        .orElse(List.of());
  }

  private Skill skill(YamlNode node) {
    return Fields.of(node, problems, SkillsYaml.SKILL)
        .map(
            s ->
                new Skill(
                    s.id("id", Ids.Kind.SKILL),
                    s.text("name"),
                    s.text("description"),
                    s.texts("match"),
                    s.positionOf("id")))
        .orElse(null);
  }

  // ---- profiles/<id>.yaml

  private Optional<Profile> profile(String id, YamlNode node, Site site) {
    return Fields.of(node, problems, ProfileYaml.PROFILE)
        .map(
            f -> {
              Map<String, List<Item>> requirements = new LinkedHashMap<>();
              f.node("requirements")
                  .flatMap(
                      r ->
                          Fields.of(
                              r,
                              problems,
                              ProfileYaml.REQUIREMENTS.what(),
                              ProfileYaml.REQUIREMENTS,
                              site.categories()))
                  .ifPresent(
                      r ->
                          ProfileYaml.REQUIREMENTS
                              .keyNames(site.categories())
                              .forEach(category -> requirements.put(category, r.items(category))));
              return new Profile(
                  id,
                  f.text("title"),
                  f.text("organisation"),
                  f.text("grade"),
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
                  f.list(
                      "sections",
                      section ->
                          Fields.of(section, problems, ProfileYaml.SECTION)
                              .map(s -> new ProfileSection(s.text("title"), s.text("body")))
                              .orElse(null)),
                  f.refs("related"),
                  f.texts("notes"),
                  f.at());
            });
  }

  // ---- pages/<id>.md: Markdown with YAML front matter

  private static final Pattern FRONT_MATTER_END = Pattern.compile("(?m)^---[ \\t]*(\n|\\z)");

  private Optional<FreePage> page(Path file) {
    String name = folder.display(file);
    Optional<String> read = pageText(file, name);
    if (read.isEmpty()) {
      return Optional.empty();
    }
    String text = read.get();
    if (!text.startsWith("---\n")) {
      problems.add(
          SourcePosition.startOf(name),
          "a page starts with front matter between '---' lines",
          "begin the file with ---, title: ..., ---");
      return Optional.empty();
    }
    Matcher end = FRONT_MATTER_END.matcher(text).region(4, text.length());
    if (!end.find()) {
      problems.add(
          SourcePosition.startOf(name), "the front matter is not closed with a '---' line");
      return Optional.empty();
    }
    String frontMatter = text.substring(4, end.start());
    if (frontMatter.isBlank()) {
      problems.add(
          SourcePosition.startOf(name),
          "the front matter is empty",
          "write 'title: ...' between the '---' lines");
      return Optional.empty();
    }
    // One empty line first, so that positions inside the front matter match the file's lines.
    Optional<YamlNode> node = yaml.parse("\n" + frontMatter, name, problems);
    return node.flatMap(n -> Fields.of(n, problems, PageFrontMatter.PAGE))
        .map(
            f ->
                new FreePage(
                    idOf(file),
                    f.text("title"),
                    f.text("summary"),
                    text.substring(end.end()),
                    SourcePosition.startOf(name)));
  }

  /** A page's text as UTF-8 with "\n" line ends, whichever editor saved it. */
  private Optional<String> pageText(Path file, String name) {
    try {
      long size = Files.size(file);
      if (YamlReader.tooLarge(size, name, problems)) {
        return Optional.empty();
      }
      byte[] bytes = folder.read(file, YamlReader.MAX_FILE_BYTES + 1);
      if (YamlReader.tooLarge(bytes.length, name, problems)) {
        return Optional.empty();
      }
      return TextFile.decode(bytes, name, problems);
    } catch (IOException e) {
      problems.add(SourcePosition.startOf(name), ContentFolder.unreadable(e, "file"));
      return Optional.empty();
    }
  }

  // ---- files

  private Optional<YamlNode> readYaml(Path file, boolean required) {
    if (!folder.isFile(file, required, problems)) {
      return Optional.empty();
    }
    String name = folder.display(file);
    try {
      return cache.read(file, name, problems, yaml, folder);
    } catch (IOException e) {
      problems.add(SourcePosition.startOf(name), ContentFolder.unreadable(e, "file"));
      return Optional.empty();
    }
  }

  /**
   * The framework folders: every folder in frameworks/ (a file there is not a framework, and is
   * left alone).
   */
  private List<Path> frameworkFolders() {
    Path frameworks = contentDir.resolve("frameworks");
    List<Path> dirs = new ArrayList<>();
    if (!folder.isFolder(frameworks, problems)) {
      return dirs;
    }
    for (Path dir : folder.entries(frameworks, problems).orElse(List.of())) {
      if (folder.look(dir, problems) == ContentFolder.Kind.FOLDER) {
        Fields.checkId(
            folderId(dir), Ids.Kind.FRAMEWORK, startOf(dir.resolve("framework.yaml")), problems);
        dirs.add(dir);
      }
    }
    return dirs;
  }

  /**
   * A framework's role files that can be read; the ids of all, readable or not, go to {@code
   * found}.
   */
  private Optional<List<Path>> roleFiles(Path frameworkDir, Problems problems, Set<String> found) {
    return contentFiles(frameworkDir.resolve("roles"), ".yaml", Ids.Kind.ROLE, problems, found);
  }

  /**
   * The content files in a folder (names ending in {@code extension}) that can be read, each name
   * checked as an id. Anything there named like a content file that cannot be read as one is a
   * problem; so is another file in a folder of .yaml files. Other folders are left alone. Empty
   * when the folder cannot be read (a problem); a missing folder has no files.
   *
   * @param found if not null, receives the full id of every file named like a content file
   */
  private Optional<List<Path>> contentFiles(
      Path dir, String extension, Ids.Kind kind, Problems problems, Set<String> found) {
    List<Path> files = new ArrayList<>();
    if (!folder.isFolder(dir, problems)) {
      return Optional.of(files);
    }
    Optional<List<Path>> entries = folder.entries(dir, problems);
    if (entries.isEmpty()) {
      return Optional.empty();
    }
    for (Path entry : entries.get()) {
      String name = entry.getFileName().toString();
      if (name.endsWith(extension)) {
        if (found != null) {
          found.add(folderId(dir.getParent()) + "/" + idOf(entry));
        }
        Fields.checkId(idOf(entry), kind, startOf(entry), problems);
        if (folder.isFile(entry, true, problems)) {
          files.add(entry);
        }
      } else if (folder.look(entry, problems) == ContentFolder.Kind.FILE
          && extension.equals(".yaml")) {
        problems.add(startOf(entry), "only .yaml files belong in this folder", renameHint(name));
      }
    }
    return Optional.of(files);
  }

  /**
   * "team-manager.YAML", "team-manager.yaml.txt", "x.yml": the name to give it; otherwise, move it.
   */
  private static String renameHint(String name) {
    String lower = name.toLowerCase(java.util.Locale.ROOT);
    int at = Math.max(lower.lastIndexOf(".yaml"), lower.lastIndexOf(".yml"));
    return at > 0 ? "rename it to " + name.substring(0, at) + ".yaml" : "move the file elsewhere";
  }

  private SourcePosition startOf(Path file) {
    return SourcePosition.startOf(folder.display(file));
  }

  /** A file's id is its name without the extension. */
  private static String idOf(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot < 0 ? name : name.substring(0, dot);
  }

  /** A folder's id is its whole name. */
  private static String folderId(Path dir) {
    return dir.getFileName().toString();
  }

  /** A path as the editor sees it: {@code content/frameworks/x/roles/y.yaml}. */
  public String display(Path file) {
    return folder.display(file);
  }
}
