package fr.aiguillage.partner.statistics;

import fr.aiguillage.shared.InvalidInputException;
import fr.aiguillage.statistics.projection.NationalFigures;
import fr.aiguillage.statistics.table.Publication;
import fr.aiguillage.statistics.table.TableCsv;
import fr.aiguillage.statistics.table.TableWorkbook;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** A suppressed publication as national bodies download it: JSON, CSV or an XLSX workbook. */
final class Publications {
  private Publications() {}

  /** The format asked for ({@code json} by default), checked before anything is read. */
  static String format(String format) {
    String kind = format == null || format.isBlank() ? "json" : format;
    if (!kind.equals("json") && !kind.equals("csv") && !kind.equals("xlsx")) {
      throw new InvalidInputException("format", "Format attendu : json, csv ou xlsx.");
    }
    return kind;
  }

  static Response respond(Publication p, String kind, String name) {
    return switch (kind) {
      case "csv" ->
          Response.ok(TableCsv.bytes(p), TableCsv.CONTENT_TYPE)
              .header("Content-Disposition", "attachment; filename=\"" + name + ".csv\"")
              .build();
      case "xlsx" ->
          Response.ok(TableWorkbook.bytes(p), TableWorkbook.CONTENT_TYPE)
              .header("Content-Disposition", "attachment; filename=\"" + name + ".xlsx\"")
              .build();
      default -> Response.ok(NationalFigures.json(p), MediaType.APPLICATION_JSON).build();
    };
  }
}
