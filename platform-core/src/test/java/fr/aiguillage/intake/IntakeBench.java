package fr.aiguillage.intake;

import fr.aiguillage.beneficiary.NirProtector;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;

/** A CSV list held in memory and read through the import's own row reader, for benchmarks. */
public final class IntakeBench {
  private final byte[] file;
  private final NirProtector nirs;

  public IntakeBench(int rows) {
    StringBuilder b = new StringBuilder(IntakeRowsTest.HEADER);
    for (int i = 0; i < rows; i++) {
      b.append("Mme;Martin;Léa;03/05/1990;")
          .append(1_000_000 + i)
          .append(";DEM;")
          .append(i % 2 == 0 ? "1 85 04 12 345 678 17" : "")
          .append(";08000;08105;01/09/2026;10/09/2026;06 12 34 56 78\n");
    }
    file = b.toString().getBytes(StandardCharsets.UTF_8);
    String key = Base64.getEncoder().encodeToString(new byte[32]);
    nirs = new NirProtector(key, key);
  }

  /** Reads every row; returns how many were valid (all of them). */
  public int readAll() {
    int valid = 0;
    try (RowSource source = ImportJob.open(new ByteArrayInputStream(file), "liste.csv")) {
      IntakeRows rows =
          new IntakeRows(
              source.header(),
              ColumnMapping.suggest(source.header()),
              "08",
              LocalDate.of(2026, 11, 22),
              nirs::protect);
      RowSource.SourceRow r;
      while ((r = source.next()) != null) {
        if (rows.read(r).staged() != null) {
          valid++;
        }
      }
    }
    return valid;
  }
}
