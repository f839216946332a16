package org.warreport.benchmarks;

/** Heap measurements the benchmark mains share. */
final class Heap {
  private Heap() {}

  /** The heap in use after three collections a little apart: what the live objects hold. */
  static long usedAfterGc() throws InterruptedException {
    Runtime r = Runtime.getRuntime();
    for (int i = 0; i < 3; i++) {
      System.gc();
      Thread.sleep(100);
    }
    return r.totalMemory() - r.freeMemory();
  }
}
