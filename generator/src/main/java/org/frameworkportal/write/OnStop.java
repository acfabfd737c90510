package org.frameworkportal.write;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What must happen when the process is stopped (Ctrl+C, a plain kill) while it writes: unfinished
 * builds are removed, or their swap allowed to finish, before the output folders' locks are
 * released. One hook, so that the order is certain; a hard kill runs nothing, and the next build
 * tidies up.
 */
final class OnStop {
  private static final Set<Runnable> BUILDS = ConcurrentHashMap.newKeySet();
  private static final Set<Runnable> LOCKS = ConcurrentHashMap.newKeySet();

  static {
    Runtime.getRuntime().addShutdownHook(new Thread(OnStop::run, "portal-stop"));
  }

  private OnStop() {}

  static void build(Runnable cleanUp, boolean add) {
    if (add) {
      BUILDS.add(cleanUp);
    } else {
      BUILDS.remove(cleanUp);
    }
  }

  static void lock(Runnable release, boolean add) {
    if (add) {
      LOCKS.add(release);
    } else {
      LOCKS.remove(release);
    }
  }

  private static void run() {
    BUILDS.forEach(OnStop::quietly);
    LOCKS.forEach(OnStop::quietly);
  }

  private static void quietly(Runnable action) {
    try {
      action.run();
    } catch (RuntimeException e) {
      // stopping anyway: the next build tidies up what is left
    }
  }
}
