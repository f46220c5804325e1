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

  /** The separator of a CSV file: `;` when its first line has one (French Excel), else `,`. */
  public static char csvSeparator(String text) {
    return text.lines().findFirst().orElse("").contains(";") ? ';' : ',';
  }
}
