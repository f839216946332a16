package org.warreport.benchmarks;

import java.io.InputStream;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;
import org.warreport.internal.lexicon.WorldGazetteer;

/**
 * The world gazetteer's cost: the time to read the bundled {@code world.tsv.gz} once (what the first document of a
 * run pays, the gazetteer being read lazily), and with {@link #main} the heap it keeps.
 *
 * <p>Run: {@code mvn -q -B -DskipTests package -pl benchmarks -am && java -cp
 * "benchmarks/target/classes:$(cat benchmarks/target/classpath.txt)" org.openjdk.jmh.Main GazetteerBenchmark}; the heap:
 * the same class path with {@code org.warreport.benchmarks.GazetteerBenchmark}.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 3, jvmArgsAppend = "-Xmx1g")
@Warmup(iterations = 0)
@Measurement(iterations = 1)
public class GazetteerBenchmark {
  static final String RESOURCE = "org/warreport/rules/world.tsv.gz";

  /** A cold read, as a fresh JVM does it on its first document. */
  @Benchmark
  public WorldGazetteer coldLoad() throws Exception {
    return load();
  }

  static WorldGazetteer load() throws Exception {
    try (InputStream in = GazetteerBenchmark.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("no resource " + RESOURCE + " on the class path");
      }
      return WorldGazetteer.read(RESOURCE, in);
    }
  }

  /** Prints the resource's size, one load's time, and the heap the loaded gazetteer keeps (used heap after GC). */
  public static void main(String[] args) throws Exception {
    long size;
    try (InputStream in = GazetteerBenchmark.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      size = in.readAllBytes().length;
    }
    long before = Heap.usedAfterGc();
    long t0 = System.nanoTime();
    WorldGazetteer g = load();
    long ms = (System.nanoTime() - t0) / 1_000_000;
    long after = Heap.usedAfterGc();
    System.out.printf("world.tsv.gz: %.1f MB gzipped, %d names; first load %d ms; heap kept %.0f MB%n",
        size / 1e6, g.names(), ms, (after - before) / 1e6);
    if (g.named("Kabul").isEmpty()) {
      throw new IllegalStateException("Kabul not found");   // keeps g reachable until measured
    }
  }
}
