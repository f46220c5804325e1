package fr.aiguillage.stack;

import java.util.List;

/**
 * The demo's fixed data: its two départements (08 Ardennes, 59 Nord) with their territories and
 * communes, and the frequent French first names the seeder draws from.
 */
public final class DemoData {
  private DemoData() {}

  record Commune(String name, String insee, String postalCode, String territoryCode) {}

  record Territory(String code, String name) {}

  record Dept(String code, String name, List<Territory> territories, List<Commune> communes) {}

  static final Dept ARDENNES =
      new Dept(
          "08",
          "Ardennes",
          List.of(
              new Territory("NORD", "Nord Ardennes"),
              new Territory("SEDAN", "Sedanais"),
              new Territory("SUD", "Sud Ardennes")),
          List.of(
              new Commune("Charleville-Mézières", "08105", "08000", "NORD"),
              new Commune("Nouzonville", "08328", "08700", "NORD"),
              new Commune("Bogny-sur-Meuse", "08081", "08120", "NORD"),
              new Commune("Revin", "08363", "08500", "NORD"),
              new Commune("Givet", "08190", "08600", "NORD"),
              new Commune("Sedan", "08409", "08200", "SEDAN"),
              new Commune("Carignan", "08090", "08110", "SEDAN"),
              new Commune("Rethel", "08362", "08300", "SUD"),
              new Commune("Vouziers", "08490", "08400", "SUD")));

  static final Dept NORD =
      new Dept(
          "59",
          "Nord",
          List.of(
              new Territory("METRO", "Métropole lilloise"),
              new Territory("FLANDRE", "Flandre maritime"),
              new Territory("HAINAUT", "Hainaut"),
              new Territory("DOUAI-CAMBRAI", "Douaisis-Cambrésis")),
          List.of(
              new Commune("Lille", "59350", "59000", "METRO"),
              new Commune("Roubaix", "59512", "59100", "METRO"),
              new Commune("Tourcoing", "59599", "59200", "METRO"),
              new Commune("Dunkerque", "59183", "59140", "FLANDRE"),
              new Commune("Grande-Synthe", "59271", "59760", "FLANDRE"),
              new Commune("Valenciennes", "59606", "59300", "HAINAUT"),
              new Commune("Maubeuge", "59392", "59600", "HAINAUT"),
              new Commune("Douai", "59178", "59500", "DOUAI-CAMBRAI"),
              new Commune("Cambrai", "59122", "59400", "DOUAI-CAMBRAI")));

  public static final List<Dept> DEPARTEMENTS = List.of(ARDENNES, NORD);

  /** Frequent French first names (datafaker's French locale mixes in English ones). */
  static final List<String> WOMEN =
      List.of(
          "Marie",
          "Nathalie",
          "Isabelle",
          "Sylvie",
          "Catherine",
          "Sandrine",
          "Céline",
          "Aurélie",
          "Julie",
          "Émilie",
          "Laura",
          "Camille",
          "Manon",
          "Sarah",
          "Léa",
          "Chloé",
          "Inès",
          "Amandine",
          "Audrey",
          "Karine",
          "Virginie",
          "Stéphanie",
          "Fatima",
          "Nadia",
          "Samia",
          "Mélanie",
          "Jessica",
          "Océane",
          "Anaïs",
          "Justine");

  static final List<String> MEN =
      List.of(
          "Jean",
          "Philippe",
          "Michel",
          "Alain",
          "Nicolas",
          "Christophe",
          "Stéphane",
          "Sébastien",
          "Julien",
          "David",
          "Thomas",
          "Kevin",
          "Anthony",
          "Maxime",
          "Alexandre",
          "Romain",
          "Mickaël",
          "Jérôme",
          "Franck",
          "Karim",
          "Mohamed",
          "Mehdi",
          "Yannick",
          "Ludovic",
          "Cédric",
          "Florian",
          "Dylan",
          "Théo",
          "Lucas",
          "Hugo");
}
