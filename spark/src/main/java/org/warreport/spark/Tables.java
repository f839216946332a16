package org.warreport.spark;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.warreport.corpus.export.CsvExport;

/**
 * The Parquet tables' schemas and rows, from the CSV export's definition of its columns ({@link
 * CsvExport#OUTCOME_TABLE}, {@link CsvExport#INCIDENT_TABLE}) and its cells: the same columns and figures, typed
 * (counts as longs, coordinates as doubles, {@code lead} as a boolean), an empty cell as null.
 */
public final class Tables {
  /** The outcome table: one row per outcome. */
  public static final StructType OUTCOMES = schema(CsvExport.OUTCOME_TABLE);
  /** The incident table: one row per incident. */
  public static final StructType INCIDENTS = schema(CsvExport.INCIDENT_TABLE);
  /** The error table: one row per document that has no result, with the reason. */
  public static final StructType ERRORS = new StructType(new StructField[] {
      DataTypes.createStructField("doc_id", DataTypes.StringType, true),
      DataTypes.createStructField("error", DataTypes.StringType, true)});

  private Tables() {}

  static StructType schema(List<CsvExport.Column> columns) {
    List<StructField> fields = new ArrayList<>();
    for (CsvExport.Column c : columns) {
      fields.add(DataTypes.createStructField(c.name(), type(c.type()), true));
    }
    return DataTypes.createStructType(fields);
  }

  private static DataType type(CsvExport.ColumnType t) {
    return switch (t) {
      case TEXT -> DataTypes.StringType;
      case INTEGER -> DataTypes.LongType;
      case DECIMAL -> DataTypes.DoubleType;
      case BOOLEAN -> DataTypes.BooleanType;
    };
  }

  /** A row of the CSV's cells as a typed row of {@code columns}. */
  static Row row(List<CsvExport.Column> columns, List<String> cells) {
    Object[] values = new Object[columns.size()];
    for (int i = 0; i < values.length; i++) {
      String cell = cells.get(i);
      values[i] = cell.isEmpty() ? null : switch (columns.get(i).type()) {
        case TEXT -> cell;
        case INTEGER -> Long.parseLong(cell);
        case DECIMAL -> Double.parseDouble(cell);
        case BOOLEAN -> Boolean.parseBoolean(cell);
      };
    }
    return RowFactory.create(values);
  }

  /** A typed row back as the CSV's cells: what a test compares with the CSV export. */
  public static List<String> cells(Row row) {
    List<String> cells = new ArrayList<>(row.size());
    for (int i = 0; i < row.size(); i++) {
      cells.add(row.isNullAt(i) ? "" : String.valueOf(row.get(i)));
    }
    return cells;
  }
}
