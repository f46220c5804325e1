package fr.aiguillage.shared;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Text files as people send them: UTF-8 with or without BOM, or Windows-1252 from Excel. */
public final class TextFiles {
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private TextFiles() {}

  /** The text of a file: strict UTF-8 when it decodes as such, else Windows-1252; BOM removed. */
  public static String decode(byte[] content) {
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(content))
              .toString();
    } catch (CharacterCodingException e) {
      text = new String(content, WINDOWS_1252);
    }
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  /**
   * The separator of a CSV file, from its header line: tab when it has more tabs than `;` and `,`,
   * else `;` when it has at least as many as `,` (French Excel), else `,`.
   */
  public static char csvSeparator(String text) {
    String header = text.lines().findFirst().orElse("");
    long semicolons = header.chars().filter(c -> c == ';').count();
    long commas = header.chars().filter(c -> c == ',').count();
    long tabs = header.chars().filter(c -> c == '\t').count();
    if (tabs > semicolons && tabs > commas) {
      return '\t';
    }
    return semicolons >= commas && semicolons > 0 ? ';' : ',';
  }
}
