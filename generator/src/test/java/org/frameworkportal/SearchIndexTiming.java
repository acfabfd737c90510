package org.frameworkportal;

import static org.frameworkportal.BenchmarkRuns.machineBusyMillis;
import static org.frameworkportal.BenchmarkRuns.medianOf;
import static org.frameworkportal.BenchmarkRuns.ownCpuMillis;
import static org.frameworkportal.BenchmarkRuns.versionOf;
import static org.frameworkportal.PortalBenchmark.WORK;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;
import org.frameworkportal.BenchmarkRuns.ProcessRun;
import org.frameworkportal.PortalBenchmark.ContentSet;
import org.frameworkportal.index.LunrIndexBuilder;
import org.frameworkportal.index.SearchEntries;
import org.frameworkportal.index.SearchIndex;
import org.frameworkportal.link.Portal;

/**
 * The search index of one content set built from the same documents by Java's {@link
 * LunrIndexBuilder} in this JVM and by lunr.js 2.3.9 in node: median times, whether the two JSONs
 * are byte-identical, whether Java's equals the built site's, and the index size gzipped.
 */
final class SearchIndexTiming {
  static final int INDEX_WARMUPS = 2;
  static final int INDEX_RUNS = 5;
  private static final ObjectMapper JSON = new ObjectMapper();

  private SearchIndexTiming() {}

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

  /**
   * The index of {@code set} timed in Java and, with node, in lunr.js; {@code site} is the portal's
   * build of the same content, whose search-index.json the Java index must equal.
   */
  static IndexFigures measure(ContentSet set, Portal portal, Optional<Path> lunr, Path site)
      throws Exception {
    List<LunrIndexBuilder.Document> documents = searchDocuments(portal);
    IndexTiming java = javaIndex(documents);
    IndexTiming lunrTiming = lunr.isPresent() ? lunrIndex(lunr.get(), set, documents) : null;
    System.out.printf(
        "[benchmark]   index of %d documents: Java %.0f ms, lunr.js %s ms%n",
        documents.size(),
        java.medianMillis(),
        lunrTiming == null ? "-" : String.format(Locale.ROOT, "%.0f", lunrTiming.medianMillis()));
    Path siteIndex = site.resolve("search-index.json");
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
        BenchmarkRuns.measure(
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
          && BenchmarkRuns.measure(
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

  static byte[] gzip(byte[] bytes) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
      gzip.write(bytes);
    }
    return out.toByteArray();
  }
}
