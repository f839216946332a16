package org.warreport.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.warreport.spark.JobSettings;
import org.warreport.spark.SparkExtraction;

/**
 * The Spark job's throughput in local mode, 1 core against 2, over real text: the development sets of
 * {@code ../shared/corpus/dev} (read at run time, copied only into the work folder). One JVM: a warm-up job
 * (CoreNLP and the rules load once, in the executor's holder, as on a cluster), then, each round, the whole job
 * (reading, extraction, the JSONL and the three Parquet tables) under {@code local[1]} and then {@code local[2]},
 * each in a Spark session of its own: documents/s, documents/s per core, the process's CPU time (documents per
 * CPU second, which other processes' load does not move), peak heap, the load average, and the 2-against-1 ratio;
 * and that both wrote the same lines.
 * Run from the project root (after {@code mvn -DskipTests package -pl benchmarks -am}):
 * {@code java -Xmx3g <Spark's --add-opens flags> -cp "benchmarks/target/classes:$(cat benchmarks/target/classpath.txt)"
 * org.warreport.benchmarks.SparkThroughputRun [rounds=3] [sets=fakes,wad] [work=benchmarks/target/spark]};
 * {@code benchmarks/run} does, and prints a Markdown table.
 */
public final class SparkThroughputRun {
  private SparkThroughputRun() {}

  public static void main(String[] args) throws Exception {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 3;
    String[] sets = (args.length > 1 ? args[1] : "fakes,wad").split(",");
    Path work = Path.of(args.length > 2 ? args[2] : "benchmarks/target/spark");
    deleteTree(work);
    Path input = Files.createDirectories(work.resolve("input"));
    Path warmInput = Files.createDirectories(work.resolve("warm-up"));
    long documents = 0;
    long chars = 0;
    for (String set : sets) {
      List<String> lines = Files.readAllLines(Path.of("../shared/corpus/dev", set + ".jsonl")).stream()
          .filter(l -> !l.isBlank()).toList();
      Files.write(input.resolve(set + ".jsonl"), lines);
      Files.write(warmInput.resolve(set + ".jsonl"), lines.subList(0, Math.min(30, lines.size())));
      documents += lines.size();
      chars += lines.stream().mapToLong(String::length).sum();
    }
    JobSettings settings = JobSettings.defaults();

    long t0 = System.nanoTime();
    run(1, settings, warmInput, work.resolve("warm-up-out"));   // CoreNLP and the rules load here, once
    double warmSeconds = (System.nanoTime() - t0) / 1e9;
    long heldAfterLoad = Heap.usedAfterGc();

    System.out.printf(Locale.ROOT, "Documents: %,d (%s), %,d characters of JSONL; warm-up job (%s, 30 per set, "
        + "with the model load) %.1f s; heap after GC once loaded %,d MB; -Xmx %,d MB; load average at start %s%n%n",
        documents, String.join(", ", sets), chars, "local[1]", warmSeconds, heldAfterLoad >> 20,
        Runtime.getRuntime().maxMemory() >> 20, loadAverage());
    System.out.println("| round | master | documents | seconds | documents/s | documents/s per core | CPU seconds "
        + "| documents per CPU second | peak heap (MB) | load average after |");
    System.out.println("|---:|---|---:|---:|---:|---:|---:|---:|---:|---|");
    List<Double> ratios = new ArrayList<>();
    for (int r = 1; r <= rounds; r++) {
      double[] seconds = new double[3];
      for (int cores = 1; cores <= 2; cores++) {
        Path out = work.resolve("out-" + r + "-" + cores);
        Heap.resetPeaks();
        long cpu = cpuNanos();
        long start = System.nanoTime();
        SparkExtraction.Summary s = run(cores, settings, input, out);
        seconds[cores] = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (cpuNanos() - cpu) / 1e9;
        if (s.documents() != documents) {
          throw new IllegalStateException("wrote " + s.documents() + " documents of " + documents);
        }
        System.out.printf(Locale.ROOT, "| %d | local[%d] | %,d | %.1f | %.2f | %.2f | %.1f | %.2f | %,d | %s |%n", r, cores,
            documents, seconds[cores], documents / seconds[cores], documents / seconds[cores] / cores, cpuSeconds,
            documents / cpuSeconds, Heap.peak() >> 20, loadAverage());
      }
      if (!sortedLines(work.resolve("out-" + r + "-1")).equals(sortedLines(work.resolve("out-" + r + "-2")))) {
        throw new IllegalStateException("local[1] and local[2] wrote different lines in round " + r);
      }
      ratios.add(seconds[1] / seconds[2]);
    }
    System.out.printf(Locale.ROOT, "%nlocal[2] against local[1]: %s (per round); the same lines from both in every round.%n",
        String.join(", ", ratios.stream().map(x -> String.format(Locale.ROOT, "%.2fx", x)).toList()));
  }

  private static SparkExtraction.Summary run(int cores, JobSettings settings, Path input, Path out) throws IOException {
    SparkSession spark = SparkSession.builder().master("local[" + cores + "]").appName("warreport benchmark")
        .config("spark.ui.enabled", "false").getOrCreate();
    try {
      return new SparkExtraction(spark, settings).run(input.toString(), out.toString());
    } finally {
      spark.stop();
    }
  }

  private static List<String> sortedLines(Path out) throws IOException {
    List<String> lines = new ArrayList<>();
    try (Stream<Path> parts = Files.list(out.resolve(SparkExtraction.DOCUMENTS))) {
      for (Path p : parts.filter(p -> p.getFileName().toString().startsWith("part-")).toList()) {
        lines.addAll(Files.readAllLines(p));
      }
    }
    lines.sort(null);
    return lines;
  }

  /** The CPU time of the whole process (every thread, Spark's and CoreNLP's): immune to other processes' load. */
  private static long cpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  private static String loadAverage() {
    try {
      String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
      return f[0] + " " + f[1] + " " + f[2];
    } catch (IOException e) {
      return "?";
    }
  }

  private static void deleteTree(Path p) throws IOException {
    if (Files.exists(p)) {
      try (Stream<Path> walk = Files.walk(p)) {
        for (Path q : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
          Files.delete(q);
        }
      }
    }
  }
}
