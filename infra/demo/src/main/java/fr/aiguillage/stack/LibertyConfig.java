package fr.aiguillage.stack;

import fr.aiguillage.testing.EmbeddedDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.Map;

/** Writes the server's stack.xml: the ports and addresses of the stack that was just started. */
public final class LibertyConfig {
  private LibertyConfig() {}

  public static void write(
      StackConfig cfg, EmbeddedDatabase db, String kafkaBootstrap, Map<String, String> extra)
      throws IOException {
    Map<String, String> vars = new LinkedHashMap<>();
    vars.put("http.port", String.valueOf(cfg.libertyPort()));
    vars.put("app.base.url", cfg.libertyUrl());
    vars.put("db.port", String.valueOf(db.port()));
    vars.put("keycloak.url", cfg.keycloakUrl());
    vars.put("smtp.port", String.valueOf(cfg.smtpPort()));
    vars.put("aiguillage.kafka.bootstrap-servers", kafkaBootstrap);
    vars.putAll(extra);
    StringBuilder xml =
        new StringBuilder(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!-- written by the demo/test stack -->\n<server>\n");
    vars.forEach(
        (k, v) ->
            xml.append("  <variable name=\"")
                .append(k)
                .append("\" value=\"")
                .append(v)
                .append("\"/>\n"));
    xml.append("</server>\n");
    Files.createDirectories(cfg.libertyServerDir());
    Files.writeString(cfg.libertyServerDir().resolve("stack.xml"), xml);
  }
}
