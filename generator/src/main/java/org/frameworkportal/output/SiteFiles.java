package org.frameworkportal.output;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/** Makes the files of every kind, on every core, handing each over as soon as it is made. */
public final class SiteFiles {
  private SiteFiles() {}

  /**
   * What making may reuse: nothing in a build; the preview's store keeps each file with the reads
   * it was made from, and hands it back while they all still hold.
   */
  public interface Memory {
    /**
     * The files last made at {@code path}, if everything they were made from is unchanged; null
     * otherwise.
     */
    @Nullable List<OutputFile> unchanged(String path, SiteInput input);

    void keep(String path, List<Reads.Read> reads, List<OutputFile> files);

    Memory NONE =
        new Memory() {
          @Override
          public @Nullable List<OutputFile> unchanged(String path, SiteInput input) {
            return null;
          }

          @Override
          public void keep(String path, List<Reads.Read> reads, List<OutputFile> files) {}
        };
  }

  /** How many files were made afresh, and the paths of all, in their fixed order. */
  public record Made(List<String> paths, int madeAfresh) {}

  /** Makes every file of every kind, as a build does: nothing is reused. */
  public static Made make(List<Output<?>> kinds, SiteInput input, Consumer<OutputFile> sink) {
    return make(kinds, kind -> true, input, Memory.NONE, sink);
  }

  /**
   * Makes the files of the kinds {@code which} selects into {@code sink}, from several threads; the
   * order of the paths returned never depends on them.
   */
  public static Made make(
      List<Output<?>> kinds,
      Predicate<Output<?>> which,
      SiteInput input,
      Memory memory,
      Consumer<OutputFile> sink) {
    List<Job<?>> jobs = new ArrayList<>();
    for (Output<?> kind : kinds) {
      if (which.test(kind)) {
        addJobs(kind, input, jobs);
      }
    }
    List<Done> done =
        jobs.parallelStream()
            .map(
                job -> {
                  List<OutputFile> files = memory.unchanged(job.path(), input);
                  boolean afresh = files == null;
                  if (files == null) {
                    Reads reads = new Reads(input);
                    files = job.make(reads);
                    memory.keep(job.path(), reads.log(), files);
                  }
                  files.forEach(sink);
                  return new Done(files.stream().map(OutputFile::path).toList(), afresh);
                })
            .toList();
    List<String> paths = new ArrayList<>();
    done.forEach(one -> paths.addAll(one.paths()));
    return new Made(paths, (int) done.stream().filter(Done::afresh).count());
  }

  private record Done(List<String> paths, boolean afresh) {}

  private static <S> void addJobs(Output<S> kind, SiteInput input, List<Job<?>> jobs) {
    for (S subject : kind.subjects(new Reads(input))) {
      jobs.add(new Job<>(kind, subject));
    }
  }

  private record Job<S>(Output<S> kind, S subject) {
    String path() {
      return kind.path(subject);
    }

    List<OutputFile> make(Reads reads) {
      return kind.make(subject, reads);
    }
  }
}
