package org.warreport.corpus.fusion;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.warreport.corpus.batch.OutputFile;
import org.warreport.fusion.FusedIncident;
import org.warreport.fusion.IncidentFuser;
import org.warreport.fusion.Range;
import org.warreport.fusion.Report;
import org.warreport.json.FusionJson;

/**
 * The {@code fuse} job: the incidents of annotate outputs read as reports, sorted by day past memory
 * ({@link SortedReports}), fused in one pass ({@link IncidentFuser}) and written as JSONL and, if asked, as a CSV of
 * fused incidents in the manner of ACLED and UCDP. Both files are written beside their targets and moved into place
 * at the end (the table first); a run that fails leaves no half-written file.
 */
public final class FusionRun {
  /** The fused incident table's columns: one row per happening, the tolls' ranges, its reports and rules. */
  public static final List<String> COLUMNS = List.of("fused_id", "date", "type", "place", "admin1", "country",
      "country_code", "actors", "killed_best", "killed_low", "killed_high", "injured_best", "injured_low",
      "injured_high", "displaced_best", "reports", "doc_ids", "sources", "disagreement", "rules");

  /** What a run did: documents and reports read, happenings written, runs spilled to disk. */
  public record Summary(long documents, long reports, long fused, int spilledRuns) {}

  private FusionRun() {}

  public static Summary run(List<Path> inputs, Path out, Path csv, IncidentFuser fuser, int runSize)
      throws IOException {
    Path dir = out.toAbsolutePath().getParent();
    long[] counts = new long[3];
    try (SortedReports reports = new SortedReports(dir, runSize)) {
      for (Path in : inputs) {
        OutputFile.forEachDocument(in, doc -> {
          counts[0]++;
          List<Report> of;
          try {
            of = FusionJson.reports(doc);
          } catch (IllegalArgumentException e) {
            throw new IOException(in + ": " + e.getMessage(), e);
          }
          for (Report r : of) {
            reports.add(r);
            counts[1]++;
          }
        });
      }
      Path outTmp = out.resolveSibling(out.getFileName() + ".tmp");
      Path csvTmp = csv == null ? null : csv.resolveSibling(csv.getFileName() + ".tmp");
      CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
      COLUMNS.forEach(schema::addColumn);
      try {
        try (BufferedWriter jsonl = Files.newBufferedWriter(outTmp, StandardCharsets.UTF_8);
             Writer table = csvTmp == null ? Writer.nullWriter() : Files.newBufferedWriter(csvTmp, StandardCharsets.UTF_8);
             SequenceWriter rows = new CsvMapper().writer(schema.build()).writeValues(table)) {
          fuser.fuseSorted(reports.sorted(), f -> {
            try {
              jsonl.write(FusionJson.toJsonLine(f));
              jsonl.newLine();
              if (csvTmp != null) {
                rows.write(row(f));
              }
              counts[2]++;
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          });
        } catch (UncheckedIOException e) {
          throw e.getCause();
        }
        if (csvTmp != null) {
          Files.move(csvTmp, csv, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
        Files.move(outTmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } finally {
        Files.deleteIfExists(outTmp);   // still there only where the run failed
        if (csvTmp != null) {
          Files.deleteIfExists(csvTmp);
        }
      }
      return new Summary(counts[0], counts[1], counts[2], reports.spilledRuns());
    }
  }

  static List<String> row(FusedIncident f) {
    List<String> r = new ArrayList<>(COLUMNS.size());
    r.add(f.id());
    r.add(f.date() == null ? "" : f.date().toString());
    r.add(f.type().code());
    r.add(text(f.place().name()));
    r.add(text(f.place().admin1()));
    r.add(text(f.place().country()));
    r.add(text(f.place().countryCode()));
    r.add(String.join(";", f.actors()));
    addRange(r, f.killed());
    addRange(r, f.injured());
    r.add(Long.toString(f.displaced().best()));
    r.add(Integer.toString(f.reports().size()));
    r.add(String.join(";", f.reports().stream().map(x -> x.docId() + "/" + x.incidentId()).toList()));
    r.add(String.join(";", f.reports().stream().flatMap(x -> x.sources().stream()).distinct().toList()));
    r.add(Boolean.toString(f.disagreement()));
    r.add(String.join(";", f.rules()));
    return r;
  }

  private static void addRange(List<String> r, Range range) {
    r.add(Long.toString(range.best()));
    r.add(Long.toString(range.low()));
    r.add(range.high() == null ? "" : Long.toString(range.high()));
  }

  private static String text(String s) {
    return s == null ? "" : s;
  }
}
