package org.warreport.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.warreport.corpus.fusion.FusionRun;
import org.warreport.fusion.IncidentFuser;

/**
 * What fusing many incidents costs (issue 17): writes an annotate-like output of {@code n} generated one-incident
 * documents (a year of days, 600 divisions of 3 countries, tolls of 1 to 200, a third of the happenings drawn to be
 * told by one to three outlets with tolls near the first), fuses it as {@code warreport fuse} does with reports sorted
 * past memory in
 * runs of 20,000, and prints the time, the peak heap (the heap pools' peaks) and the fused incidents.
 *
 * <p>Run: {@code mvn -q -B -DskipTests package -pl benchmarks -am && java -Xmx256m -cp
 * "benchmarks/target/classes:$(cat benchmarks/target/classpath.txt)" org.warreport.benchmarks.FusionScaleRun
 * [documents, default 100000] [work dir, default benchmarks/target/fusion]}.
 */
public final class FusionScaleRun {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String[] COUNTRIES = {"SYR", "NGA", "AFG"};
  private static final String[] TYPES = {"air_strike", "shelling", "bombing", "clash", "attack"};

  private FusionScaleRun() {}

  public static void main(String[] args) throws Exception {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    Path work = Files.createDirectories(Path.of(args.length > 1 ? args[1] : "benchmarks/target/fusion"));
    Path in = work.resolve("generated.jsonl");
    write(in, n, new Random(42));
    Path out = work.resolve("fused.jsonl");
    Path csv = work.resolve("fused.csv");
    System.gc();
    Heap.resetPeaks();
    long t0 = System.nanoTime();
    FusionRun.Summary s = FusionRun.run(List.of(in), out, csv, new IncidentFuser(), 20_000);
    double seconds = (System.nanoTime() - t0) / 1e9;
    System.out.printf("documents %d, incidents %d -> fused %d; %d runs spilled; %.1f s (%.0f incidents/s); "
            + "peak heap %d MB under -Xmx%d MB%n", s.documents(), s.reports(), s.fused(), s.spilledRuns(), seconds,
        s.reports() / seconds, Heap.peak() >> 20, Runtime.getRuntime().maxMemory() >> 20);
  }

  /** One-incident documents, each happening told by one to three outlets on the day it happened. */
  private static void write(Path path, int n, Random random) throws Exception {
    LocalDate start = LocalDate.of(2019, 1, 1);
    try (BufferedWriter w = Files.newBufferedWriter(path, StandardCharsets.UTF_8)) {
      int written = 0;
      for (int happening = 0; written < n; happening++) {
        LocalDate day = start.plusDays(random.nextInt(365));
        int country = random.nextInt(COUNTRIES.length);
        String division = COUNTRIES[country] + "-division-" + random.nextInt(200);
        String type = TYPES[random.nextInt(TYPES.length)];
        int toll = 1 + random.nextInt(200);
        int outlets = random.nextInt(3) == 0 ? 1 + random.nextInt(3) : 1;
        for (int o = 0; o < outlets && written < n; o++, written++) {
          int told = Math.max(1, toll + random.nextInt(Math.max(1, toll / 10) + 1) - toll / 20);
          w.write(JSON.writeValueAsString(document("g" + happening + "-" + o, day, COUNTRIES[country], division, type,
              told)));
          w.newLine();
        }
      }
    }
  }

  private static ObjectNode document(String id, LocalDate day, String country, String division, String type,
                                     int killed) {
    ObjectNode d = JSON.createObjectNode();
    d.put("doc_id", id);
    d.put("date", day.toString());
    ObjectNode i = d.putArray("incidents").addObject();
    i.put("id", "i1");
    i.put("lead", true);
    i.put("type", type);
    i.put("date", day.toString());
    ObjectNode l = i.putObject("location");
    l.put("name", division);
    l.put("admin1", division);
    l.put("country", country);
    l.put("country_code", country);
    i.putArray("sources").add("Outlet");
    ObjectNode k = i.putObject("killed");
    k.put("best", killed);
    k.put("low", killed);
    k.put("high", killed);
    k.putObject("by_side").put("civilian", killed);
    i.putArray("events").add("e1");
    d.putArray("events");
    return d;
  }
}
