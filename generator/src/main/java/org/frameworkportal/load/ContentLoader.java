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
import org.frameworkportal.diag.Problems;
import org.frameworkportal.diag.SourcePosition;
import org.frameworkportal.model.Content;
import org.frameworkportal.model.Framework;
import org.frameworkportal.model.FreePage;
import org.frameworkportal.model.GlossaryTerm;
import org.frameworkportal.model.LevelDefinition;
import org.frameworkportal.model.Profile;
import org.frameworkportal.model.Ref;
import org.frameworkportal.model.Role;
import org.frameworkportal.model.Site;
import org.frameworkportal.model.Skill;

/**
 * Reads a content folder into the model. The only reader of content files: every value keeps its
 * file and line, and every problem is collected rather than thrown.
 */
public final class ContentLoader {
  private final Path contentDir;
  private final ContentFolder folder;
  private final ContentFiles files;
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
    this.files = new ContentFiles(contentDir, folder);
    this.problems = problems;
  }

  /** The content, or empty when site.yaml itself could not be read. */
  public Optional<Content> load() {
    if (!Files.isDirectory(contentDir)) {
      problems.add(
          SourcePosition.wholeFile(folder.display(contentDir)),
          "the content folder does not exist",
          "run the command from the project folder, or give --content");
      return Optional.empty();
    }
    Optional<Site> site =
        readYaml(contentDir.resolve("site.yaml"), true)
            .flatMap(node -> SiteFile.read(node, problems));
    if (site.isEmpty()) {
      readTheRestWithoutTheSite();
      return Optional.empty();
    }
    List<Path> frameworkFolders = files.frameworkFolders(problems);
    readAheadInParallel(frameworkFolders, site.get());
    List<Framework> frameworks = new ArrayList<>();
    for (Path dir : frameworkFolders) {
      framework(dir, site.get()).ifPresent(frameworks::add);
    }
    List<Skill> skills =
        readYaml(contentDir.resolve("skills.yaml"), false)
            .map(node -> SkillsFile.read(node, problems))
            .orElse(List.of());
    List<GlossaryTerm> glossary =
        readYaml(contentDir.resolve("glossary.yaml"), false)
            .map(node -> GlossaryFile.read(node, problems))
            .orElse(List.of());
    List<Profile> profiles = new ArrayList<>();
    for (Path file : files.profiles(problems)) {
      readYaml(file, true)
          .flatMap(node -> ProfileFile.read(ContentFiles.idOf(file), node, site.get(), problems))
          .ifPresent(profiles::add);
    }
    List<FreePage> pages = new ArrayList<>();
    for (Path file : files.pages(problems)) {
      PageFile.read(file, folder, yaml, problems).ifPresent(pages::add);
    }
    return Optional.of(new Content(site.get(), frameworks, skills, glossary, profiles, pages));
  }

  /**
   * When site.yaml cannot be read, roles and profiles cannot be checked against its levels and
   * categories; every other file is still read as far as it can be without them (the frameworks'
   * own files, skills.yaml, glossary.yaml and the pages in full, role and profile files as YAML),
   * so that the person sees the slips of every file in one round, not one file at a time.
   */
  private void readTheRestWithoutTheSite() {
    for (Path dir : files.frameworkFolders(problems)) {
      readYaml(dir.resolve("framework.yaml"), true)
          .ifPresent(node -> FrameworkFile.read(node, problems));
      files
          .roleFiles(dir, problems, roleFilesOnDisk)
          .orElse(List.of())
          .forEach(file -> readYaml(file, true));
    }
    readYaml(contentDir.resolve("skills.yaml"), false)
        .ifPresent(node -> SkillsFile.read(node, problems));
    readYaml(contentDir.resolve("glossary.yaml"), false)
        .ifPresent(node -> GlossaryFile.read(node, problems));
    files.profiles(problems).forEach(file -> readYaml(file, true));
    files.pages(problems).forEach(file -> PageFile.read(file, folder, yaml, problems));
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
    List<Ahead> ahead = new ArrayList<>();
    Problems ignored = new Problems();
    for (Path dir : frameworkFolders) {
      String framework = ContentFiles.folderId(dir);
      ahead.add(new Ahead(dir.resolve("framework.yaml"), framework, false));
      files
          .roleFiles(dir, ignored, new TreeSet<>())
          .orElse(List.of())
          .forEach(file -> ahead.add(new Ahead(file, framework, true)));
    }
    ThreadLocal<YamlReader> readers = ThreadLocal.withInitial(YamlReader::new);
    ahead.parallelStream()
        .forEach(
            file -> {
              try {
                Problems own = new Problems();
                if (!folder.isFile(file.file(), false, own)) {
                  return;
                }
                Optional<YamlNode> node =
                    cache.read(
                        file.file(), folder.display(file.file()), own, readers.get(), folder);
                if (file.role() && node.isPresent()) {
                  cachedRole(file.file(), file.framework(), node.get(), site, own);
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

  // ---- frameworks/<id>/framework.yaml and roles/<id>.yaml

  private Optional<Framework> framework(Path dir, Site site) {
    String id = ContentFiles.folderId(dir);
    Optional<List<Path>> listed = files.roleFiles(dir, problems, roleFilesOnDisk);
    Path file = dir.resolve("framework.yaml");
    Optional<FrameworkFile> read =
        readYaml(file, true).flatMap(node -> FrameworkFile.read(node, problems));
    if (read.isEmpty()) {
      return Optional.empty();
    }
    FrameworkFile framework = read.get();
    List<LevelDefinition> levels = framework.levels(site);
    String published = framework.published();
    Map<String, Role> rolesById = new LinkedHashMap<>();
    for (Path roleFile : listed.orElse(List.of())) {
      readYaml(roleFile, true)
          .flatMap(node -> cachedRole(roleFile, id, node, site, problems))
          .ifPresent(role -> rolesById.put(role.id(), role));
    }
    List<Ref> roleOrder = framework.roleOrder();
    if (listed.isEmpty()) {
      // The roles folder could not be read (said once, there): its roles are not missing as well.
      roleOrder.forEach(ref -> roleFilesOnDisk.add(id + "/" + ref.id()));
    }
    List<Role> roles = new ArrayList<>();
    roleOrder.forEach(ref -> Optional.ofNullable(rolesById.remove(ref.id())).ifPresent(roles::add));
    roles.addAll(rolesById.values()); // unlisted roles: the validator reports them
    return Optional.of(
        framework.framework(
            id, levels, published, roleOrder, roles, SourcePosition.wholeFile(display(file))));
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
        own -> RoleFile.read(frameworkId, ContentFiles.idOf(file), node, site, own));
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
      problems.add(SourcePosition.wholeFile(name), ContentFolder.unreadable(e, "file"));
      return Optional.empty();
    }
  }

  /** A path as the editor sees it: {@code content/frameworks/x/roles/y.yaml}. */
  public String display(Path file) {
    return folder.display(file);
  }
}
