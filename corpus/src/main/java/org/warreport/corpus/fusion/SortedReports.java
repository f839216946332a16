package org.warreport.corpus.fusion;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.PriorityQueue;
import org.warreport.fusion.Report;
import org.warreport.json.FusionJson;

/**
 * Reports sorted by {@link Report#sortKey()} past memory: they are gathered in runs of at most {@code runSize},
 * each run sorted and spilled to a file of its own in {@code tmp}, and the runs merged as they are read back. Memory
 * holds one run while gathering and one report per run while merging. Close it to delete the runs.
 */
public final class SortedReports implements Closeable {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final Path tmp;
  private final int runSize;
  private final List<Report> run = new ArrayList<>();
  private final List<Path> runs = new ArrayList<>();
  private final List<BufferedReader> open = new ArrayList<>();

  public SortedReports(Path tmp, int runSize) {
    if (runSize < 1) {
      throw new IllegalArgumentException("a run holds at least one report: " + runSize);
    }
    this.tmp = tmp;
    this.runSize = runSize;
  }

  public void add(Report r) throws IOException {
    run.add(r);
    if (run.size() >= runSize) {
      spill();
    }
  }

  /** How many runs went to disk: 0 while every report fitted in one run. */
  public int spilledRuns() {
    return runs.size();
  }

  /** Every report added, in sort-key order. Call once, after the last {@link #add}: the runs are read as it goes. */
  public Iterator<Report> sorted() throws IOException {
    if (runs.isEmpty()) {
      run.sort(Comparator.comparing(Report::sortKey));
      return run.iterator();
    }
    spill();
    record Head(Report report, BufferedReader from) {}
    PriorityQueue<Head> heads = new PriorityQueue<>(Comparator.comparing((Head h) -> h.report().sortKey()));
    for (Path p : runs) {
      BufferedReader in = Files.newBufferedReader(p, StandardCharsets.UTF_8);
      open.add(in);
      Report first = read(in);
      if (first != null) {
        heads.add(new Head(first, in));
      }
    }
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return !heads.isEmpty();
      }

      @Override
      public Report next() {
        Head h = heads.poll();
        if (h == null) {
          throw new NoSuchElementException();
        }
        try {
          Report following = read(h.from());
          if (following != null) {
            heads.add(new Head(following, h.from()));
          }
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        return h.report();
      }
    };
  }

  private void spill() throws IOException {
    if (run.isEmpty()) {
      return;
    }
    run.sort(Comparator.comparing(Report::sortKey));
    Path p = Files.createTempFile(tmp, "reports-", ".jsonl");
    runs.add(p);
    try (BufferedWriter w = Files.newBufferedWriter(p, StandardCharsets.UTF_8)) {
      for (Report r : run) {
        w.write(FusionJson.reportLine(r));
        w.newLine();
      }
    }
    run.clear();
  }

  private static Report read(BufferedReader in) throws IOException {
    String line = in.readLine();
    return line == null ? null : FusionJson.report(MAPPER.readTree(line));
  }

  /** Closes every run and deletes it, each whatever the others do; the first failure is thrown, the rest suppressed. */
  @Override
  public void close() throws IOException {
    IOException failed = null;
    for (BufferedReader in : open) {
      try {
        in.close();
      } catch (IOException e) {
        failed = first(failed, e);
      }
    }
    for (Path p : runs) {
      try {
        Files.deleteIfExists(p);
      } catch (IOException e) {
        failed = first(failed, e);
      }
    }
    if (failed != null) {
      throw failed;
    }
  }

  private static IOException first(IOException failed, IOException e) {
    if (failed == null) {
      return e;
    }
    failed.addSuppressed(e);
    return failed;
  }
}
