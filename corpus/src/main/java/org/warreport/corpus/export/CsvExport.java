package org.warreport.corpus.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.warreport.corpus.batch.OutputFile;

/**
 * Turns the JSONL output into a table with one row per outcome, in the way of ACLED and UCDP exports: date, type,
 * actors, victims' side, count low/best/high, place and coordinates, source, document and sentence, the event's
 * rules and the rule that filled each slot. Error lines are left out. The file is written beside its target and moved into place, so it is never seen half-written.
 */
public final class CsvExport {
  /** What a column holds, for the tables that keep types (Parquet); the CSV writes each as text. */
  public enum ColumnType { TEXT, INTEGER, DECIMAL, BOOLEAN }

  /** One column of a table: its name and what it holds. */
  public record Column(String name, ColumnType type) {}

  /**
   * The outcome table's columns, in order. {@code best} is the count's value, or its lower bound when the count is
   * vague; the {@code *_rule} columns hold the rule that filled each slot (the place's is the first place's), empty
   * where the slot is empty.
   */
  public static final List<Column> OUTCOME_TABLE = List.of(text("doc_id"), text("event_id"), text("outcome_id"),
      text("date"), text("doc_date"), text("type"), text("scope"), text("attacker"), text("attacker_actors"),
      text("outcome"), text("victim_side"), text("victim_group"), text("count_text"), text("qualifier"),
      integer("best"), integer("low"), integer("high"), text("part_of"), text("place"), text("admin1"),
      text("country"), text("country_code"), decimal("lat"), decimal("lon"), text("where_prec"), text("source"),
      text("source_kind"), integer("sentence_index"), text("trigger"), text("rules"), text("count_rule"),
      text("victim_rule"), text("attacker_rule"), text("place_rule"), text("date_rule"), text("source_rule"));

  /** The incident table's columns, in order: one row per incident, UCDP's best, low and high of each toll. */
  public static final List<Column> INCIDENT_TABLE = List.of(text("doc_id"), text("incident_id"),
      new Column("lead", ColumnType.BOOLEAN), text("date"), text("doc_date"), text("type"), text("attacker_actors"),
      text("place"), text("admin1"), text("country"), text("country_code"), integer("killed_best"),
      integer("killed_low"), integer("killed_high"), integer("killed_civilian"), integer("killed_government"),
      integer("killed_opposition"), integer("killed_unknown"), integer("injured_best"), integer("injured_low"),
      integer("injured_high"), integer("displaced_best"), text("sources"), text("event_ids"), text("rules"));

  /** The names of the outcome table's columns, the CSV's header. */
  public static final List<String> COLUMNS = names(OUTCOME_TABLE);

  /** The names of the incident table's columns, the incident CSV's header. */
  public static final List<String> INCIDENT_COLUMNS = names(INCIDENT_TABLE);

  private static Column text(String name) {
    return new Column(name, ColumnType.TEXT);
  }

  private static Column integer(String name) {
    return new Column(name, ColumnType.INTEGER);
  }

  private static Column decimal(String name) {
    return new Column(name, ColumnType.DECIMAL);
  }

  private static List<String> names(List<Column> table) {
    return table.stream().map(Column::name).toList();
  }

  private CsvExport() {}

  /** Writes the outcome rows of every document in {@code jsonl} to {@code csv}; returns the number of rows. */
  public static long write(Path jsonl, Path csv) throws IOException {
    return write(jsonl, csv, COLUMNS, CsvExport::outcomeRows);
  }

  /** Writes the incident rows of every document in {@code jsonl} to {@code csv}; returns the number of rows. */
  public static long writeIncidents(Path jsonl, Path csv) throws IOException {
    return write(jsonl, csv, INCIDENT_COLUMNS, CsvExport::incidentRows);
  }

  /** The outcome rows of one document of the output (none for an error line), each cell as the CSV writes it. */
  public static List<List<String>> outcomeRows(JsonNode doc) {
    List<List<String>> rows = new ArrayList<>();
    for (JsonNode event : doc.path("events")) {
      for (JsonNode outcome : event.path("outcomes")) {
        rows.add(row(doc, event, outcome));
      }
    }
    return rows;
  }

  /** The incident rows of one document of the output (none for an error line), each cell as the CSV writes it. */
  public static List<List<String>> incidentRows(JsonNode doc) {
    List<List<String>> rows = new ArrayList<>();
    for (JsonNode incident : doc.path("incidents")) {
      rows.add(incidentRow(doc, incident));
    }
    return rows;
  }

  private static long write(Path jsonl, Path csv, List<String> columns,
                            java.util.function.Function<JsonNode, List<List<String>>> rowsOf) throws IOException {
    CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
    columns.forEach(schema::addColumn);
    Path tmp = csv.resolveSibling(csv.getFileName() + ".tmp");
    long[] rows = {0};
    try (Writer out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8);
         SequenceWriter rowsOut = new CsvMapper().writer(schema.build()).writeValues(out)) {
      OutputFile.forEachDocument(jsonl, doc -> {
        for (List<String> row : rowsOf.apply(doc)) {
          rowsOut.write(row);
          rows[0]++;
        }
      });
    }
    Files.move(tmp, csv, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    return rows[0];
  }

  static List<String> incidentRow(JsonNode doc, JsonNode incident) {
    JsonNode place = incident.path("location");
    JsonNode killed = incident.path("killed");
    List<String> r = new ArrayList<>(INCIDENT_COLUMNS.size());
    r.add(text(doc.path("doc_id")));
    r.add(text(incident.path("id")));
    r.add(text(incident.path("lead")));
    r.add(incident.path("date").isNull() ? text(doc.path("date")) : text(incident.path("date")));
    r.add(text(doc.path("date")));
    r.add(text(incident.path("type")));
    r.add(join(incident.path("attacker").path("actors")));
    r.add(text(place.path("name")));
    r.add(text(place.path("admin1")));
    r.add(text(place.path("country")));
    r.add(text(place.path("country_code")));
    r.add(text(killed.path("best")));
    r.add(text(killed.path("low")));
    r.add(text(killed.path("high")));
    for (String side : List.of("civilian", "government", "opposition", "unknown")) {
      r.add(text(killed.path("by_side").path(side)));
    }
    r.add(text(incident.path("injured").path("best")));
    r.add(text(incident.path("injured").path("low")));
    r.add(text(incident.path("injured").path("high")));
    r.add(text(incident.path("displaced").path("best")));
    r.add(join(incident.path("sources")));
    r.add(join(incident.path("events")));
    r.add(join(incident.path("rules")));
    return r;
  }

  static List<String> row(JsonNode doc, JsonNode event, JsonNode outcome) {
    JsonNode count = outcome.path("count");
    JsonNode attacker = event.path("attacker");
    JsonNode place = event.path("locations").path(0);
    JsonNode source = event.path("source");
    List<String> r = new ArrayList<>(COLUMNS.size());
    r.add(text(doc.path("doc_id")));
    r.add(text(event.path("id")));
    r.add(text(outcome.path("id")));
    r.add(event.path("date").isObject() ? text(event.path("date").path("value")) : text(doc.path("date")));
    r.add(text(doc.path("date")));
    r.add(text(event.path("type")));
    r.add(text(event.path("scope")));
    r.add(text(attacker.path("text")));
    r.add(join(attacker.path("actors")));
    r.add(text(outcome.path("outcome")));
    r.add(text(outcome.path("victim").path("side")));
    r.add(text(outcome.path("victim").path("group")));
    r.add(text(count.path("text")));
    r.add(text(count.path("qualifier")));
    r.add(count.path("value").isNull() ? text(count.path("low")) : text(count.path("value")));
    r.add(text(count.path("low")));
    r.add(text(count.path("high")));
    r.add(text(outcome.path("part_of")));
    r.add(text(place.path("name")));
    r.add(text(place.path("admin1")));
    r.add(text(place.path("country")));
    r.add(text(place.path("country_code")));
    r.add(text(place.path("lat")));
    r.add(text(place.path("lon")));
    r.add(text(place.path("precision")));
    r.add(text(source.path("name")));
    r.add(text(source.path("kind")));
    r.add(text(event.path("sentence").path("index")));
    r.add(text(event.path("trigger").path("text")));
    r.add(join(event.path("rules")));
    r.add(text(count.path("rule")));
    r.add(text(outcome.path("victim").path("rule")));
    r.add(text(attacker.path("rule")));
    r.add(text(place.path("rule")));
    r.add(text(event.path("date").path("rule")));
    r.add(text(source.path("rule")));
    return r;
  }

  private static String text(JsonNode n) {
    return n.isMissingNode() || n.isNull() ? "" : n.asText();
  }

  private static String join(JsonNode array) {
    List<String> parts = new ArrayList<>();
    array.forEach(n -> parts.add(n.asText()));
    return String.join(";", parts);
  }
}
