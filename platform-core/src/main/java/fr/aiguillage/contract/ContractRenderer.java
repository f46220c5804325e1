package fr.aiguillage.contract;

import java.util.List;

/**
 * Renders a template with a person's values and plan into XHTML. The template's text and every
 * merged value are escaped; a value not known shows as "[non renseigné : label]", never as nothing.
 * Paragraphs are separated by a blank line; a paragraph whose lines all start with "- " becomes a
 * list.
 */
public final class ContractRenderer {
  private ContractRenderer() {}

  public static RenderedContract render(
      ContractTemplate template, MergeValues values, ActionPlan plan) {
    return render(template.kind(), template.version(), template.parsed(), values, plan);
  }

  static RenderedContract render(
      ContractKind kind, int version, ParsedTemplate t, MergeValues values, ActionPlan plan) {
    List<RenderedContract.Section> sections =
        t.sections().stream()
            .map(s -> new RenderedContract.Section(s.heading(), paragraphs(s.body(), values)))
            .toList();
    List<String> mentions = t.legalMentions().stream().map(m -> paragraphs(m, values)).toList();
    return new RenderedContract(kind, version, t.title(), sections, actionPlan(plan), mentions);
  }

  /** The text with its fields merged, escaped, cut into paragraphs and lists. */
  static String paragraphs(MergeText text, MergeValues values) {
    StringBuilder merged = new StringBuilder();
    for (MergeText.Segment segment : text.segments()) {
      if (segment instanceof MergeText.Field f) {
        merged.append(
            values
                .valueOf(f.field())
                .map(ContractRenderer::escape)
                .orElse(
                    "<span class=\"non-renseigne\">[non renseigné : "
                        + escape(f.field().label())
                        + "]</span>"));
      } else {
        merged.append(escape(((MergeText.Literal) segment).text()));
      }
    }
    StringBuilder html = new StringBuilder();
    for (String paragraph : merged.toString().replace("\r\n", "\n").split("\n\\s*\n")) {
      List<String> lines = paragraph.strip().lines().map(String::strip).toList();
      if (lines.isEmpty() || lines.stream().allMatch(String::isEmpty)) {
        continue;
      }
      if (lines.stream().allMatch(l -> l.startsWith("- "))) {
        html.append("<ul>\n");
        lines.forEach(l -> html.append("<li>").append(l.substring(2).strip()).append("</li>\n"));
        html.append("</ul>\n");
      } else {
        html.append("<p>").append(String.join("<br />\n", lines)).append("</p>\n");
      }
    }
    return html.toString();
  }

  static String actionPlan(ActionPlan plan) {
    StringBuilder b =
        new StringBuilder("<section class=\"plan-action\">\n<h2>Plan d'action</h2>\n");
    if (plan.objectives().isEmpty()) {
      b.append("<p>Aucune action n'est encore inscrite au plan.</p>\n");
    }
    for (int i = 0; i < plan.objectives().size(); i++) {
      Objective o = plan.objectives().get(i);
      b.append("<h3>Objectif ")
          .append(i + 1)
          .append(" : ")
          .append(escape(o.title()))
          .append("</h3>\n<table>\n<thead><tr><th scope=\"col\">Action</th>")
          .append("<th scope=\"col\">Catégorie</th><th scope=\"col\">Qui</th>")
          .append("<th scope=\"col\">Échéance</th><th scope=\"col\">Heures par semaine</th>")
          .append("</tr></thead>\n<tbody>\n");
      for (PlannedAction a : o.actions()) {
        b.append("<tr><td>")
            .append(escape(a.label()))
            .append("</td><td>")
            .append(escape(a.category().label()))
            .append("</td><td>")
            .append(escape(who(a)))
            .append("</td><td>")
            .append(escape(MergeValues.date(a.dueBy())))
            .append("</td><td>")
            .append(a.hoursPerWeek())
            .append(" h</td></tr>\n");
      }
      b.append("</tbody>\n</table>\n");
    }
    b.append("<p class=\"heures\">Durée hebdomadaire d'activité : ")
        .append(plan.requiredWeeklyHours())
        .append(" heures ; actions prévues : ")
        .append(plan.plannedWeeklyHours())
        .append(" heures par semaine.</p>\n");
    if (plan.exempted()) {
      b.append("<p class=\"dispense\">")
          .append(plan.requiredWeeklyHours() == 0 ? "Dispense" : "Dispense partielle")
          .append(" de la durée de ")
          .append(ActionPlan.DEFAULT_WEEKLY_HOURS)
          .append(" heures. Motif : ")
          .append(escape(plan.exemptionReason()))
          .append("</p>\n");
    }
    return b.append("</section>\n").toString();
  }

  private static String who(PlannedAction a) {
    return a.who() == ActionParty.PARTNER_SERVICE ? a.partner().name() : a.who().label();
  }

  /** The text safe inside XHTML content and attribute values. */
  static String escape(String s) {
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }
}
