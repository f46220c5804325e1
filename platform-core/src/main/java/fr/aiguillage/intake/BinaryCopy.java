package fr.aiguillage.intake;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyInputStream;
import org.postgresql.copy.PGCopyOutputStream;

/**
 * Rows sent into a table of the connection's transaction with {@code COPY … FROM STDIN (FORMAT
 * binary)} (ADR 0021, decision 14): a row's values written one after the other, in the columns'
 * order, buffered and sent as they come; nothing parsed or planned per row on the server. Only for
 * the import's temporary tables: {@code COPY FROM} is refused on a table with row security. And one
 * column of a query's rows read back the same way ({@link #eachValue}).
 *
 * <p>The connection is unwrapped to the driver's {@link PGConnection}: in Liberty the driver's
 * library must be visible to the application (the server's {@code global} library, server.xml).
 */
final class BinaryCopy implements AutoCloseable {
  /** The binary format's signature, flags and header extension length (PostgreSQL's COPY). */
  private static final byte[] HEADER = {
    'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xff, '\r', '\n', 0, 0, 0, 0, 0, 0, 0, 0, 0
  };

  /** 2000-01-01, PostgreSQL's day zero, as days since 1970-01-01. */
  private static final long PG_EPOCH_DAY = LocalDate.of(2000, 1, 1).toEpochDay();

  private static final int BUFFER = 1 << 16;

  private final PGCopyOutputStream copy;
  private final DataOutputStream out;
  private boolean ended;

  private BinaryCopy(PGCopyOutputStream copy) {
    this.copy = copy;
    this.out = new DataOutputStream(copy);
  }

  /** Starts copying into {@code table}'s {@code columns}. */
  static BinaryCopy into(Connection c, String table, List<String> columns) throws SQLException {
    String sql =
        "COPY " + table + " (" + String.join(", ", columns) + ") FROM STDIN (FORMAT binary)";
    BinaryCopy in =
        new BinaryCopy(new PGCopyOutputStream(c.unwrap(PGConnection.class), sql, BUFFER));
    in.write(HEADER);
    return in;
  }

  /**
   * Reads the one {@code bytea} column of {@code query}'s rows with {@code COPY (query) TO STDOUT
   * (FORMAT binary)}, each value handed to {@code each} as it comes (row security applies as to the
   * query itself). The query takes no parameters.
   */
  static void eachValue(Connection c, String query, Consumer<byte[]> each) throws SQLException {
    String sql = "COPY (" + query + ") TO STDOUT (FORMAT binary)";
    try (DataInputStream in =
        new DataInputStream(
            new BufferedInputStream(
                new PGCopyInputStream(c.unwrap(PGConnection.class), sql), BUFFER))) {
      in.readFully(new byte[HEADER.length - 4]);
      in.skipBytes(in.readInt());
      for (short fields = in.readShort(); fields != -1; fields = in.readShort()) {
        if (fields != 1) {
          throw new SQLException("COPY of one column gave " + fields);
        }
        int length = in.readInt();
        byte[] v = length < 0 ? null : new byte[length];
        if (v != null) {
          in.readFully(v);
        }
        each.accept(v);
      }
    } catch (IOException e) {
      throw failed(e);
    }
  }

  /** Starts a row of {@code fields} values. */
  BinaryCopy row(int fields) throws SQLException {
    try {
      out.writeShort(fields);
    } catch (IOException e) {
      throw failed(e);
    }
    return this;
  }

  BinaryCopy int4(Number v) throws SQLException {
    return v == null ? none() : fixed(4, v.intValue());
  }

  BinaryCopy int2(Number v) throws SQLException {
    if (v == null) {
      return none();
    }
    try {
      out.writeInt(2);
      out.writeShort(v.shortValue());
    } catch (IOException e) {
      throw failed(e);
    }
    return this;
  }

  BinaryCopy bool(Boolean v) throws SQLException {
    if (v == null) {
      return none();
    }
    try {
      out.writeInt(1);
      out.writeByte(v ? 1 : 0);
    } catch (IOException e) {
      throw failed(e);
    }
    return this;
  }

  BinaryCopy date(LocalDate v) throws SQLException {
    return v == null ? none() : fixed(4, (int) (v.toEpochDay() - PG_EPOCH_DAY));
  }

  /** A text (or char) value, in UTF-8: the driver's client encoding. */
  BinaryCopy text(String v) throws SQLException {
    return v == null ? none() : bytea(v.getBytes(StandardCharsets.UTF_8));
  }

  BinaryCopy bytea(byte[] v) throws SQLException {
    if (v == null) {
      return none();
    }
    try {
      out.writeInt(v.length);
      out.write(v);
    } catch (IOException e) {
      throw failed(e);
    }
    return this;
  }

  /** Ends the copy: the rows are in the table. Returns how many. */
  long end() throws SQLException {
    try {
      out.writeShort(-1);
      out.flush();
    } catch (IOException e) {
      throw failed(e);
    }
    ended = true;
    return copy.endCopy();
  }

  /** Cancels a copy not ended (a failure on the way): the connection can run statements again. */
  @Override
  public void close() throws SQLException {
    if (!ended && copy.isActive()) {
      copy.cancelCopy();
    }
  }

  private BinaryCopy fixed(int length, int value) throws SQLException {
    try {
      out.writeInt(length);
      out.writeInt(value);
    } catch (IOException e) {
      throw failed(e);
    }
    return this;
  }

  private BinaryCopy none() throws SQLException {
    try {
      out.writeInt(-1);
    } catch (IOException e) {
      throw failed(e);
    }
    return this;
  }

  private void write(byte[] b) throws SQLException {
    try {
      out.write(b);
    } catch (IOException e) {
      throw failed(e);
    }
  }

  private static SQLException failed(IOException e) {
    return e.getCause() instanceof SQLException s ? s : new SQLException("COPY interrupted", e);
  }
}
