package org.frameworkportal.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.frameworkportal.changes.Manifest;
import org.frameworkportal.changes.RoleChange;
import org.frameworkportal.link.Portal;
import org.frameworkportal.link.RelatedRole;
import org.frameworkportal.link.SkillUse;
import org.frameworkportal.model.Framework;
import org.frameworkportal.model.FreePage;
import org.frameworkportal.model.Item;
import org.frameworkportal.model.Level;
import org.frameworkportal.model.LevelDefinition;
import org.frameworkportal.model.Profile;
import org.frameworkportal.model.Role;
import org.frameworkportal.model.Site;
import org.frameworkportal.model.Skill;
import org.frameworkportal.model.Team;
import org.frameworkportal.render.Views.CategoryView;
import org.frameworkportal.render.Views.ChangesView;
import org.frameworkportal.render.Views.Crumb;
import org.frameworkportal.render.Views.FrameworkCard;
import org.frameworkportal.render.Views.FrameworkPathway;
import org.frameworkportal.render.Views.FrameworkView;
import org.frameworkportal.render.Views.HomeView;
import org.frameworkportal.render.Views.ItemGroup;
import org.frameworkportal.render.Views.LateralMove;
import org.frameworkportal.render.Views.LetterGroup;
import org.frameworkportal.render.Views.LevelView;
import org.frameworkportal.render.Views.PageMeta;
import org.frameworkportal.render.Views.PathwaysView;
import org.frameworkportal.render.Views.ProfileView;
import org.frameworkportal.render.Views.RoleLink;
import org.frameworkportal.render.Views.RoleRow;
import org.frameworkportal.render.Views.RoleView;
import org.frameworkportal.render.Views.SkillFramework;
import org.frameworkportal.render.Views.SkillLevel;
import org.frameworkportal.render.Views.SkillRole;
import org.frameworkportal.render.Views.SkillStatement;
import org.frameworkportal.render.Views.SkillSummary;
import org.frameworkportal.render.Views.SkillView;
import org.frameworkportal.render.Views.SkillsView;
import org.frameworkportal.render.Views.TeamView;

/**
 * Turns the linked portal into pages. Never touches the disk: it returns bytes with their paths.
 */
public final class SiteRenderer {
  private final Templates templates;
  private final SitePaths paths = new SitePaths();
  private final Markdown markdown = new Markdown();
  private final Map<Checklist.StatementKey, String> statementIds =
      new java.util.concurrent.ConcurrentHashMap<>();
  private final boolean review;
  private final boolean keepPages;
  private Manifest manifest;
  private final Map<String, Rendered> rendered = new java.util.concurrent.ConcurrentHashMap<>();
  private final java.util.concurrent.atomic.AtomicInteger renderedCount =
      new java.util.concurrent.atomic.AtomicInteger();
  private int lastRendered;

  /**
   * The data every template sees: {@code site}, {@code page}, {@code view}, {@code root}, {@code
   * paths}, {@code md}.
   */
  public record Model(
      Site site,
      PageMeta page,
      Object view,
      String root,
      SitePaths paths,
      Markdown md,
      boolean review) {}

  public SiteRenderer(Templates templates, boolean review) {
    this(templates, review, false);
  }

  /**
   * @param keepPages keep each page and its model for the next build, which then renders again only
   *     pages whose model changed (the preview server); a one-off build keeps nothing
   */
  public SiteRenderer(Templates templates, boolean review, boolean keepPages) {
    this.templates = templates;
    this.review = review;
    this.keepPages = keepPages;
  }

  /**
   * Every page of the site, in a fixed order. Pages are rendered in parallel (templates and the
   * Markdown parser are shared safely); the list keeps its order, so output never depends on it.
   */
  public List<RenderedPage> render(Portal portal) {
    return render(portal, new Manifest(null, Manifest.statementsOf(portal), List.of(), Map.of()));
  }

  /**
   * As {@link #render(Portal)}, showing what changed since the last publish as {@code manifest}
   * says.
   */
  public List<RenderedPage> render(Portal portal, Manifest manifest) {
    List<RenderedPage> pages = java.util.Collections.synchronizedList(new ArrayList<>());
    List<String> paths = render(portal, manifest, pages::add);
    Map<String, RenderedPage> byPath = new LinkedHashMap<>();
    pages.forEach(page -> byPath.put(page.path(), page));
    return paths.stream().map(byPath::get).toList();
  }

  /**
   * Renders every page into {@code sink} as soon as it is ready, from several threads, and returns
   * the paths in their fixed order. A build uses this to write pages without holding them all.
   */
  public List<String> render(
      Portal portal, Manifest manifest, java.util.function.Consumer<RenderedPage> sink) {
    this.manifest = manifest;
    renderedCount.set(0);
    startKeys(portal);
    List<Supplier<RenderedPage>> jobs = new ArrayList<>();
    jobs.add(keyed(paths.home(), () -> homeKey(portal), () -> home(portal)));
    for (Framework framework : portal.frameworks()) {
      jobs.add(
          keyed(
              paths.framework(framework),
              () -> frameworkKey(portal, framework),
              () -> framework(portal, framework)));
      for (Role role : framework.roles()) {
        jobs.add(keyed(paths.role(role), () -> roleKey(portal, role), () -> role(portal, role)));
        jobs.add(
            keyed(
                paths.compare(role), () -> compareKey(portal, role), () -> compare(portal, role)));
        for (LevelDefinition level : framework.levels()) {
          jobs.add(
              keyed(
                  paths.checklist(role, level.id()),
                  () -> List.of(role, meta(framework)),
                  () -> checklist(portal, role, level)));
        }
      }
      jobs.add(
          keyed(
              paths.statementsCsv(framework),
              () -> framework,
              () ->
                  new RenderedPage(
                      paths.statementsCsv(framework),
                      StatementsCsv.of(framework, portal.content().site().categories()))));
    }
    jobs.add(() -> skills(portal));
    for (Skill skill : portal.content().skills()) {
      jobs.add(
          keyed(paths.skill(skill), () -> skillKey(portal, skill), () -> skill(portal, skill)));
    }
    jobs.add(keyed(paths.pathways(), () -> pathwaysKey(portal), () -> pathways(portal)));
    for (Profile profile : portal.content().profiles()) {
      jobs.add(() -> profile(portal, profile));
    }
    for (FreePage page : portal.content().pages()) {
      jobs.add(() -> page(portal, page));
    }
    jobs.add(() -> search(portal));
    jobs.add(() -> changes(portal));
    if (!keepPages) {
      // The preview writes the manifest after the pages (SiteBuilder#refreshSearchIndex): no page
      // shows it.
      jobs.add(() -> new RenderedPage(Manifest.FILE, manifest.toJson()));
    }
    jobs.add(() -> new RenderedPage(paths.asset("lunr.min.js"), classpathFile(LUNR)));
    jobs.add(() -> notFound(portal));
    jobs.add(() -> provisional(portal));
    List<String> paths =
        new ArrayList<>(
            jobs.parallelStream()
                .map(
                    job -> {
                      RenderedPage page = job.get();
                      sink.accept(page);
                      return page.path();
                    })
                .toList());
    RenderedPage sitemap = sitemap(portal, paths);
    sink.accept(sitemap);
    paths.add(sitemap.path());
    lastRendered = renderedCount.get();
    return paths;
  }

  private RenderedPage page(Portal portal, PageMeta meta, Object view) {
    Model model =
        new Model(
            portal.content().site(),
            meta,
            view,
            SitePaths.rootFrom(meta.path()),
            paths,
            markdown,
            review);
    Rendered previous = keepPages ? rendered.get(meta.path()) : null;
    if (previous != null && previous.model().equals(model)) {
      return previous.page();
    }
    RenderedPage page = new RenderedPage(meta.path(), templates.render(meta.template(), model));
    if (keepPages) {
      rendered.put(meta.path(), new Rendered(model, page));
    }
    renderedCount.incrementAndGet();
    return page;
  }

  /** A page as last rendered, with the model it was rendered from. */
  private record Rendered(Model model, RenderedPage page) {}

  // ---- keys: what a page shows, cheaper to work out than its model

  /**
   * The preview server's shortcut: a page whose key equals last build's is not even modelled. A key
   * lists everything the page's model reads, but other roles only by what pages show of them
   * ({@link Face}) and frameworks without their roles ({@link #meta}), so that rewording one
   * statement does not make every page that links to its role or framework look changed. Keys rely
   * on unchanged roles being the very objects of the last build (the loader keeps them), so
   * comparing them is cheap. A full build keys nothing. {@code IncrementalPreviewTest} checks that
   * edits of every kind leave the preview byte-identical to a full build.
   */
  private Supplier<RenderedPage> keyed(
      String path, Supplier<Object> key, Supplier<RenderedPage> page) {
    if (!keepPages) {
      return page;
    }
    return () -> {
      Object now = key.get();
      Keyed previous = keyedPages.get(path);
      if (previous != null && previous.key().equals(now)) {
        return previous.page();
      }
      RenderedPage rendered = page.get();
      keyedPages.put(path, new Keyed(now, rendered));
      return rendered;
    };
  }

  private record Keyed(Object key, RenderedPage page) {}

  private final Map<String, Keyed> keyedPages = new java.util.concurrent.ConcurrentHashMap<>();
  private Object keysValidFor;
  private Map<String, Framework> metas = Map.of();

  /**
   * Keys hold only while the site settings, the skills and the profiles are the same. (What the
   * last publish says of a role is in that role's key; only "What's changed" shows the rest, and it
   * is modelled every time.)
   */
  private void startKeys(Portal portal) {
    if (!keepPages) {
      return;
    }
    List<Object> everywhere =
        List.of(portal.content().site(), portal.content().skills(), portal.content().profiles());
    if (!everywhere.equals(keysValidFor)) {
      keyedPages.clear();
      keysValidFor = everywhere;
    }
    Map<String, Framework> byId = new java.util.HashMap<>();
    portal
        .frameworks()
        .forEach(
            framework -> {
              Framework meta =
                  new Framework(
                      framework.id(),
                      framework.title(),
                      framework.published(),
                      framework.summary(),
                      framework.intro(),
                      framework.uses(),
                      framework.howToUse(),
                      framework.structure(),
                      framework.development(),
                      framework.transferableSkills(),
                      framework.evidenceGuidance(),
                      framework.teams(),
                      framework.sectorFrameworks(),
                      framework.levels(),
                      List.of(),
                      List.of(),
                      framework.notes(),
                      framework.at());
              Framework before = metas.get(framework.id());
              // The same object as last time while equal: keys then compare it at once.
              byId.put(framework.id(), meta.equals(before) ? before : meta);
            });
    metas = byId;
    Map<Role, Face> stillFaces = new java.util.concurrent.ConcurrentHashMap<>();
    portal
        .roles()
        .forEach(
            role -> {
              Face face = faces.get(role);
              if (face != null && face.role() == role) {
                stillFaces.put(role, face);
              }
            });
    faces = stillFaces;
  }

  private Map<Role, Face> faces = new java.util.concurrent.ConcurrentHashMap<>();

  /** A role's face, the same object while the role is (so keys compare it at once). */
  private Face face(Role role) {
    if (!keepPages) {
      return Face.of(role);
    }
    Face face = faces.get(role);
    if (face == null || face.role() != role) {
      face = Face.of(role);
      faces.put(role, face);
    }
    return face;
  }

  private List<Face> faces(List<Role> roles) {
    return roles.stream().map(this::face).toList();
  }

  /** A framework without its roles: what pages that only name it depend on. */
  private Framework meta(Framework framework) {
    return metas.get(framework.id());
  }

  /**
   * What a page shows of a role it links to; {@code role} is where it came from, and not compared.
   */
  private record Face(
      String id,
      String title,
      String grade,
      String team,
      String summary,
      List<String> next,
      Role role) {
    static Face of(Role role) {
      return new Face(
          role.fullId(),
          role.title(),
          role.grade(),
          role.team() == null ? null : role.team().id(),
          role.summary(),
          role.next().stream().map(org.frameworkportal.model.Ref::id).toList(),
          role);
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Face face
          && (face == this
              || id.equals(face.id)
                  && title.equals(face.title)
                  && Objects.equals(grade, face.grade)
                  && Objects.equals(team, face.team)
                  && Objects.equals(summary, face.summary)
                  && next.equals(face.next));
    }

    @Override
    public int hashCode() {
      return id.hashCode();
    }
  }

  private List<Object> related(List<RelatedRole> related) {
    return related.stream()
        .map(r -> List.of(face(r.role()), meta(r.framework()), r.score(), r.shared()))
        .collect(java.util.stream.Collectors.toList());
  }

  private Object roleKey(Portal portal, Role role) {
    return List.of(
        role,
        meta(portal.frameworkOf(role)),
        faces(portal.nextRoles(role)),
        faces(portal.previousRoles(role)),
        portal.skillsOf(role),
        related(portal.relatedRoles(role, true, 3)),
        related(portal.relatedRoles(role, false, 3)),
        String.valueOf(manifest.updated().get(role.fullId())));
  }

  private Object compareKey(Portal portal, Role role) {
    // The comparison shows the next roles' statements, so it depends on all of them.
    List<Role> next = portal.nextRoles(role);
    return List.of(
        role,
        meta(portal.frameworkOf(role)),
        next,
        next.stream().map(r -> meta(portal.frameworkOf(r))).toList(),
        faces(portal.previousRoles(role)));
  }

  private Object frameworkKey(Portal portal, Framework framework) {
    List<Object> roles = new ArrayList<>();
    for (Role role : framework.roles()) {
      roles.add(List.of(face(role), faces(portal.nextRoles(role))));
    }
    return List.of(meta(framework), roles, portal.profilesRelatedTo(framework));
  }

  private Object homeKey(Portal portal) {
    List<Object> frameworks = new ArrayList<>();
    for (Framework framework : portal.frameworks()) {
      frameworks.add(List.of(meta(framework), faces(framework.roles())));
    }
    return frameworks;
  }

  private Object skillKey(Portal portal, Skill skill) {
    // One skill's key is worked out by one job at a time, so its map of roles needs no lock.
    Map<Role, List<List<String>>> before = usesKeys.getOrDefault(skill.id(), Map.of());
    Map<Role, List<List<String>>> now = new java.util.IdentityHashMap<>();
    List<Object> key = new ArrayList<>();
    key.add(skill);
    List<SkillUse> uses = portal.usesOf(skill);
    for (int from = 0; from < uses.size(); ) {
      Role role = uses.get(from).role();
      int to = from;
      while (to < uses.size() && uses.get(to).role() == role) {
        to++;
      }
      // One role's statements that need the skill, as the skill's page shows them; kept while the
      // role is.
      List<List<String>> statements = before.get(role);
      if (statements == null) {
        statements =
            uses.subList(from, to).stream()
                .map(use -> List.of(use.levelId(), use.category(), use.item().text()))
                .toList();
      }
      now.put(role, statements);
      key.add(face(role));
      key.add(meta(portal.frameworkOf(role)));
      key.add(statements);
      from = to;
    }
    usesKeys.put(skill.id(), now);
    return key;
  }

  private final Map<String, Map<Role, List<List<String>>>> usesKeys =
      new java.util.concurrent.ConcurrentHashMap<>();

  private Object pathwaysKey(Portal portal) {
    List<Object> key = new ArrayList<>();
    for (Framework framework : portal.frameworks()) {
      key.add(meta(framework));
      key.add(faces(framework.roles()));
    }
    for (Role role : portal.roles()) {
      key.add(related(portal.relatedRoles(role, true, 1)));
    }
    return key;
  }

  /**
   * How many pages the last {@link #render} ran through the templates. A renderer kept between
   * builds (the preview server) re-renders only pages whose model changed: records compare by
   * value, so a page is rendered again exactly when something it shows is different.
   */
  public int pagesRenderedLastTime() {
    return lastRendered;
  }

  private static Map<String, String> markers(String... keysAndValues) {
    Map<String, String> markers = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      markers.put(keysAndValues[i], keysAndValues[i + 1]);
    }
    return markers;
  }

  private Crumb homeCrumb() {
    return new Crumb("Home", paths.home());
  }

  // ---- home

  private RenderedPage home(Portal portal) {
    List<FrameworkCard> cards =
        portal.frameworks().stream()
            .map(
                f ->
                    new FrameworkCard(
                        f,
                        f.roles().size(),
                        f.roles().stream().map(Role::grade).distinct().toList(),
                        Dates.display(f.published())))
            .toList();
    Map<String, List<RoleLink>> byLetter = new TreeMap<>();
    for (Role role : portal.rolesAtoZ()) {
      String letter = role.title().substring(0, 1).toUpperCase(Locale.ROOT);
      byLetter
          .computeIfAbsent(letter, l -> new ArrayList<>())
          .add(new RoleLink(role, portal.frameworkOf(role)));
    }
    List<LetterGroup> letters =
        byLetter.entrySet().stream().map(e -> new LetterGroup(e.getKey(), e.getValue())).toList();
    Site site = portal.content().site();
    PageMeta meta =
        new PageMeta(
            "home.ftlh", paths.home(), site.title(), site.summary(), "home", markers(), List.of());
    return page(
        portal, meta, new HomeView(cards, site.audiences(), letters, portal.content().profiles()));
  }

  // ---- framework

  private RenderedPage framework(Portal portal, Framework framework) {
    List<TeamView> teams = teamTree(framework.teams(), null);
    List<RoleRow> rows =
        framework.roles().stream()
            .map(
                role ->
                    new RoleRow(
                        role,
                        portal.team(role).map(Team::title).orElse(null),
                        portal.nextRoles(role)))
            .toList();
    PageMeta meta =
        new PageMeta(
            "framework.ftlh",
            paths.framework(framework),
            framework.title(),
            framework.summary(),
            "framework",
            markers("framework", framework.id()),
            List.of(homeCrumb()));
    return page(
        portal,
        meta,
        new FrameworkView(
            framework,
            Dates.display(framework.published()),
            teams,
            rows,
            framework.levels(),
            portal.profilesRelatedTo(framework),
            PathwayPicture.of(portal, framework)));
  }

  private static List<TeamView> teamTree(List<Team> teams, String parent) {
    return teams.stream()
        .filter(team -> Objects.equals(team.partOf() == null ? null : team.partOf().id(), parent))
        .map(team -> new TeamView(team, teamTree(teams, team.id())))
        .toList();
  }

  // ---- role

  private RenderedPage role(Portal portal, Role role) {
    Framework framework = portal.frameworkOf(role);
    List<LevelView> levels = new ArrayList<>();
    for (LevelDefinition definition : framework.levels()) {
      Level level = role.levels().get(definition.id());
      levels.add(levelView(portal, definition, level));
    }
    boolean toBeConfirmed = levels.stream().allMatch(LevelView::empty);
    PageMeta meta =
        new PageMeta(
            "role.ftlh",
            paths.role(role),
            role.title(),
            role.summary(),
            "role",
            markers("framework", framework.id(), "role", role.fullId()),
            List.of(homeCrumb(), new Crumb(framework.title(), paths.framework(framework))));
    return page(
        portal,
        meta,
        new RoleView(
            role,
            framework,
            Dates.display(framework.published()),
            portal.team(role).orElse(null),
            levels,
            portal.nextRoles(role),
            portal.previousRoles(role),
            portal.skillsOf(role),
            toBeConfirmed,
            portal.relatedRoles(role, true, 3),
            portal.relatedRoles(role, false, 3),
            Dates.display(manifest.updated().get(role.fullId()))));
  }

  private LevelView levelView(Portal portal, LevelDefinition definition, Level level) {
    List<String> categories = portal.content().site().categories();
    if (level == null) {
      level = new Level(definition.id(), null, null, Map.of(), Map.of(), List.of(), null);
    }
    List<CategoryView> views = new ArrayList<>();
    for (String category : categories) {
      views.add(
          new CategoryView(
              category,
              categoryName(category),
              groups(level.requirements().getOrDefault(category, List.of())),
              level.evidence().getOrDefault(category, List.of())));
    }
    String intro = level.intro() != null ? level.intro() : definition.intro();
    return new LevelView(
        definition,
        "level-" + definition.id().toLowerCase(Locale.ROOT),
        intro,
        level.sectorFramework(),
        views,
        level.development(),
        level.isEmpty());
  }

  /** Items in their sub-groups, keeping the order in which each group first appears. */
  static List<ItemGroup> groups(List<Item> items) {
    Map<String, List<Item>> groups = new LinkedHashMap<>();
    for (Item item : items) {
      groups
          .computeIfAbsent(item.group() == null ? "" : item.group(), g -> new ArrayList<>())
          .add(item);
    }
    return groups.entrySet().stream()
        .map(e -> new ItemGroup(e.getKey().isEmpty() ? null : e.getKey(), e.getValue()))
        .toList();
  }

  public static String categoryName(String id) {
    String words = id.replace('-', ' ');
    return words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
  }

  // ---- transferable skills and pathways

  private SkillSummary summary(Portal portal, Skill skill) {
    List<SkillUse> uses = portal.usesOf(skill);
    int roles = (int) uses.stream().map(SkillUse::role).distinct().count();
    int frameworks = (int) uses.stream().map(use -> use.role().frameworkId()).distinct().count();
    return new SkillSummary(skill, roles, frameworks);
  }

  private RenderedPage skills(Portal portal) {
    List<SkillSummary> summaries =
        portal.content().skills().stream()
            .map(skill -> summary(portal, skill))
            .sorted(
                Comparator.comparing((SkillSummary s) -> s.skill().name().toLowerCase(Locale.ROOT)))
            .toList();
    PageMeta meta =
        new PageMeta(
            "skills.ftlh",
            paths.skills(),
            "Transferable skills",
            "Skills that carry over between roles and professions, and the roles that need each.",
            "skills",
            markers(),
            List.of(homeCrumb()));
    return page(portal, meta, new SkillsView(summaries, portal.coverage()));
  }

  private RenderedPage skill(Portal portal, Skill skill) {
    Map<Framework, Map<Role, Map<String, List<SkillStatement>>>> grouped = new LinkedHashMap<>();
    for (SkillUse use : portal.usesOf(skill)) {
      grouped
          .computeIfAbsent(portal.frameworkOf(use.role()), f -> new LinkedHashMap<>())
          .computeIfAbsent(use.role(), r -> new LinkedHashMap<>())
          .computeIfAbsent(use.levelId(), l -> new ArrayList<>())
          .add(
              new SkillStatement(
                  categoryName(use.category()), use.item().text(), use.item().provisional()));
    }
    List<SkillFramework> frameworks = new ArrayList<>();
    grouped.forEach(
        (framework, roles) -> {
          List<SkillRole> roleViews = new ArrayList<>();
          roles.forEach(
              (role, levels) -> {
                List<SkillLevel> levelViews = new ArrayList<>();
                for (LevelDefinition definition : framework.levels()) {
                  List<SkillStatement> statements = levels.get(definition.id());
                  if (statements != null) {
                    levelViews.add(
                        new SkillLevel(
                            definition,
                            "level-" + definition.id().toLowerCase(Locale.ROOT),
                            statements));
                  }
                }
                roleViews.add(new SkillRole(role, levelViews));
              });
          frameworks.add(new SkillFramework(framework, roleViews));
        });
    PageMeta meta =
        new PageMeta(
            "skill.ftlh",
            paths.skill(skill),
            skill.name(),
            skill.description(),
            "skill",
            markers("skill", skill.id()),
            List.of(homeCrumb(), new Crumb("Transferable skills", paths.skills())));
    return page(portal, meta, new SkillView(summary(portal, skill), frameworks));
  }

  private RenderedPage pathways(Portal portal) {
    List<FrameworkPathway> pictures =
        portal.frameworks().stream()
            .map(framework -> new FrameworkPathway(framework, PathwayPicture.of(portal, framework)))
            .toList();
    List<LateralMove> moves = new ArrayList<>();
    for (Role role : portal.rolesAtoZ()) {
      for (RelatedRole related : portal.relatedRoles(role, true, 1)) {
        moves.add(
            new LateralMove(
                role, portal.frameworkOf(role), related, portal.frameworkOf(related.role())));
      }
    }
    PageMeta meta =
        new PageMeta(
            "pathways.ftlh",
            paths.pathways(),
            "Career pathways",
            "Every role of every framework by grade, the progressions between them, and the closest roles in other professions.",
            "page",
            markers(),
            List.of(homeCrumb()));
    return page(portal, meta, new PathwaysView(pictures, moves));
  }

  // ---- level comparison and checklists

  private List<Crumb> roleCrumbs(Portal portal, Role role) {
    Framework framework = portal.frameworkOf(role);
    return List.of(
        homeCrumb(),
        new Crumb(framework.title(), paths.framework(framework)),
        new Crumb(role.title(), paths.role(role)));
  }

  private RenderedPage compare(Portal portal, Role role) {
    PageMeta meta =
        new PageMeta(
            "compare.ftlh",
            paths.compare(role),
            "Compare the levels: " + role.title(),
            "What each level of "
                + role.title()
                + " adds, and what changes on the way to the next role.",
            "compare",
            markers("framework", role.frameworkId(), "role", role.fullId()),
            roleCrumbs(portal, role));
    return page(portal, meta, LevelComparison.of(portal, role));
  }

  private RenderedPage checklist(Portal portal, Role role, LevelDefinition level) {
    PageMeta meta =
        new PageMeta(
            "checklist.ftlh",
            paths.checklist(role, level.id()),
            role.title() + ": level " + level.id() + " checklist",
            "Everything "
                + role.title()
                + " needs at level "
                + level.id()
                + " ("
                + level.name()
                + "), to tick and print.",
            "checklist",
            markers("framework", role.frameworkId(), "role", role.fullId(), "level", level.id()),
            roleCrumbs(portal, role));
    return page(portal, meta, Checklist.of(portal, role, level, statementIds));
  }

  // ---- profile, free page, 404, sitemap

  private RenderedPage profile(Portal portal, Profile profile) {
    List<CategoryView> requirements =
        profile.requirements().entrySet().stream()
            .filter(e -> !e.getValue().isEmpty())
            .map(
                e ->
                    new CategoryView(
                        e.getKey(), categoryName(e.getKey()), groups(e.getValue()), List.of()))
            .toList();
    List<RoleLink> related =
        profile.related().stream()
            .map(ref -> portal.role(ref.id()))
            .map(role -> new RoleLink(role, portal.frameworkOf(role)))
            .toList();
    PageMeta meta =
        new PageMeta(
            "profile.ftlh",
            paths.profile(profile),
            profile.title() + " (" + profile.organisation() + ")",
            profile.summary(),
            "profile",
            markers(),
            List.of(homeCrumb()));
    return page(portal, meta, new ProfileView(profile, requirements, related));
  }

  private RenderedPage page(Portal portal, FreePage freePage) {
    PageMeta meta =
        new PageMeta(
            "page.ftlh",
            paths.page(freePage),
            freePage.title(),
            freePage.summary(),
            "page",
            markers(),
            List.of(homeCrumb()));
    return page(portal, meta, freePage);
  }

  private RenderedPage changes(Portal portal) {
    Map<String, List<RoleChange>> byFramework = new TreeMap<>();
    manifest
        .changes()
        .forEach(
            change ->
                byFramework
                    .computeIfAbsent(change.framework(), f -> new ArrayList<>())
                    .add(change));
    Map<String, String> rolePaths = new java.util.HashMap<>();
    portal.roles().forEach(role -> rolePaths.put(role.fullId(), paths.role(role)));
    PageMeta meta =
        new PageMeta(
            "changes.ftlh",
            paths.changes(),
            "What's changed",
            "Statements added, removed or reworded in the last publish.",
            "page",
            markers(),
            List.of(homeCrumb()));
    return page(
        portal, meta, new ChangesView(Dates.display(manifest.published()), byFramework, rolePaths));
  }

  private RenderedPage search(Portal portal) {
    PageMeta meta =
        new PageMeta(
            "search.ftlh",
            paths.search(),
            "Search",
            "Search roles, levels, skills and frameworks.",
            "search",
            markers(),
            List.of(homeCrumb()));
    return page(portal, meta, null);
  }

  /** lunr.js from its WebJar on the classpath, so the site never loads it from elsewhere. */
  private static final String LUNR = "META-INF/resources/webjars/lunr/2.3.9/lunr.min.js";

  private static byte[] classpathFile(String name) {
    try (java.io.InputStream in = SiteRenderer.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing from the classpath: " + name);
      }
      return in.readAllBytes();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private RenderedPage notFound(Portal portal) {
    PageMeta meta =
        new PageMeta(
            "not-found.ftlh",
            paths.notFound(),
            "Page not found",
            null,
            "not-found",
            markers(),
            List.of());
    return page(portal, meta, null);
  }

  private RenderedPage provisional(Portal portal) {
    PageMeta meta =
        new PageMeta(
            "provisional.ftlh",
            paths.provisional(),
            "Wording to be confirmed and suggested routes",
            "What the 'to be confirmed' and 'suggested' marks on these pages mean.",
            "page",
            markers(),
            List.of(homeCrumb()));
    return page(portal, meta, null);
  }

  private RenderedPage sitemap(Portal portal, List<String> pagePaths) {
    List<String> urls =
        pagePaths.stream()
            .filter(path -> path.endsWith(".html") && !path.equals(paths.notFound()))
            .sorted()
            .toList();
    PageMeta meta =
        new PageMeta(
            "sitemap.ftlx", "sitemap.xml", "Sitemap", null, "sitemap", markers(), List.of());
    return page(portal, meta, urls);
  }
}
