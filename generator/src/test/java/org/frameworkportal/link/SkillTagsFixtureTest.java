package org.frameworkportal.link;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.frameworkportal.PortalRun;
import org.frameworkportal.diag.Problems;
import org.frameworkportal.diag.SourcePosition;
import org.frameworkportal.load.ContentLoader;
import org.frameworkportal.model.Content;
import org.frameworkportal.model.Item;
import org.frameworkportal.model.Skill;
import org.junit.jupiter.api.Test;

/**
 * The real skills.yaml against statements whose skills a careful reader judged ({@code
 * skills/judged-statements.tsv}): prints precision (tags that are right) and recall (skills the
 * statements call for that are found), and the disagreements, and fails below the floors.
 */
class SkillTagsFixtureTest {
  static final Path JUDGED = Path.of("src/test/resources/skills/judged-statements.tsv");
  static final double PRECISION_FLOOR = 0.97;
  static final double RECALL_FLOOR = 0.95;

  record Judged(String text, Set<String> skills) {}

  static List<Judged> judged() throws IOException {
    List<Judged> all = new ArrayList<>();
    for (String line : Files.readAllLines(JUDGED)) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] parts = line.split("\t", 2);
      Set<String> skills = new LinkedHashSet<>();
      if (!parts[1].strip().equals("-")) {
        skills.addAll(Arrays.asList(parts[1].strip().split(" ")));
      }
      all.add(new Judged(parts[0], skills));
    }
    return all;
  }

  @Test
  void taggerAgreesWithTheJudgedStatements() throws IOException {
    Content content =
        new ContentLoader(PortalRun.realContent(), "content", new Problems()).load().orElseThrow();
    SkillTagger tagger = new SkillTagger(content.skills());
    List<Judged> judged = judged();
    assertTrue(judged.size() >= 300, "a few hundred judged statements: " + judged.size());
    int tags = 0;
    int right = 0;
    int wanted = 0;
    int found = 0;
    List<String> disagreements = new ArrayList<>();
    for (Judged j : judged) {
      Set<String> got = new LinkedHashSet<>();
      tagger.tag(Item.of(j.text(), SourcePosition.wholeFile("judged-statements.tsv"))).stream()
          .map(Skill::id)
          .forEach(got::add);
      for (String id : got) {
        tags++;
        if (j.skills().contains(id)) {
          right++;
        } else {
          disagreements.add("tagged but not judged: " + id + " <- " + j.text());
        }
      }
      for (String id : j.skills()) {
        wanted++;
        if (got.contains(id)) {
          found++;
        } else {
          disagreements.add("judged but not tagged: " + id + " <- " + j.text());
        }
      }
    }
    double precision = tags == 0 ? 1 : (double) right / tags;
    double recall = wanted == 0 ? 1 : (double) found / wanted;
    System.out.printf(
        "Skill tags on %d judged statements: precision %.1f%% (%d of %d tags right),"
            + " recall %.1f%% (%d of %d skills found)%n",
        judged.size(), precision * 100, right, tags, recall * 100, found, wanted);
    disagreements.forEach(d -> System.out.println("  " + d));
    assertTrue(precision >= PRECISION_FLOOR, "precision " + precision);
    assertTrue(recall >= RECALL_FLOOR, "recall " + recall);
  }
}
