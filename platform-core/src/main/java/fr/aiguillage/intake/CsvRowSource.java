package fr.aiguillage.intake;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import fr.aiguillage.shared.InvalidInputException;
import fr.aiguillage.shared.TextFiles;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;

/**
 * A CSV list, streamed: UTF-8 (with or without BOM) or Windows-1252, told apart on the first
 * megabyte; separator `;`, `,` or tab, told from the header line; quoted fields as Excel writes
 * them.
 */
final class CsvRowSource implements RowSource {
  static final int SAMPLE = 1 << 20;
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private final CsvReader<CsvRecord> reader;
  private final Iterator<CsvRecord> records;
  private final List<String> header;
  private final Charset charset;
  private int empty;

  CsvRowSource(InputStream raw) {
    try {
      BufferedInputStream in = new BufferedInputStream(raw, SAMPLE + 8);
      in.mark(SAMPLE + 8);
      byte[] sample = in.readNBytes(SAMPLE);
      in.reset();
      boolean bom =
          sample.length >= 3
              && (sample[0] & 0xFF) == 0xEF
              && (sample[1] & 0xFF) == 0xBB
              && (sample[2] & 0xFF) == 0xBF;
      if (bom) {
        in.skipNBytes(3);
      }
      charset =
          bom || utf8(sample, sample.length == SAMPLE) ? StandardCharsets.UTF_8 : WINDOWS_1252;
      String firstLine = new String(sample, charset).lines().findFirst().orElse("");
      char separator = TextFiles.csvSeparator(firstLine);
      reader =
          CsvReader.builder()
              .fieldSeparator(separator)
              .ignoreDifferentFieldCount(true)
              .skipEmptyLines(true)
              .ofCsvRecord(new InputStreamReader(in, charset));
      records = reader.iterator();
      if (!records.hasNext()) {
        throw new InvalidInputException("fichier", "Le fichier est vide.");
      }
      header =
          records.next().getFields().stream().map(h -> h.replace("\uFEFF", "").strip()).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (CsvParseException e) {
      throw new InvalidInputException("fichier", "CSV illisible : " + e.getMessage());
    }
  }

  Charset charset() {
    return charset;
  }

  @Override
  public List<String> header() {
    return header;
  }

  @Override
  public SourceRow next() {
    try {
      while (records.hasNext()) {
        CsvRecord r = records.next();
        if (r.getFields().stream().allMatch(String::isBlank)) {
          empty++;
          continue;
        }
        return new SourceRow((int) r.getStartingLineNumber(), r.getFields());
      }
      return null;
    } catch (CsvParseException e) {
      throw new InvalidInputException(
          "fichier", "CSV illisible : " + e.getMessage() + " (vérifiez les guillemets).");
    }
  }

  @Override
  public int emptyRows() {
    return empty;
  }

  @Override
  public void close() {
    try {
      reader.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Strict UTF-8, forgiving only a character cut at the end of a truncated sample. */
  static boolean utf8(byte[] sample, boolean truncated) {
    CharsetDecoder d =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    int length = sample.length;
    for (int cut = 0; cut <= (truncated ? 3 : 0); cut++) {
      try {
        d.reset().decode(ByteBuffer.wrap(sample, 0, length - cut));
        return true;
      } catch (CharacterCodingException e) {
        // try without the last bytes of a truncated sample
      }
    }
    return false;
  }
}
