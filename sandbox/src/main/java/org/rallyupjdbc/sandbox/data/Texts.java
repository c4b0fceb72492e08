package org.rallyupjdbc.sandbox.data;

import java.util.List;
import java.util.Map;
import org.rallyupjdbc.sandbox.model.CampaignType;

/** Free text: campaign names, prizes, messages. Names use {year} for the campaign's year. */
final class Texts {
  static final Map<CampaignType, List<String>> CAMPAIGN_NAMES =
      Map.of(
          CampaignType.RAFFLE,
          List.of(
              "Spring Raffle {year}",
              "50/50 Raffle Night",
              "Gift Basket Raffle",
              "Zoë's Quilt Raffle",
              "Rifa de Otoño {year}"),
          CampaignType.SWEEPSTAKES,
          List.of(
              "Win a Trip to Hawaiʻi", "Summer Sweepstakes {year}", "Dream Kitchen Sweepstakes"),
          CampaignType.AUCTION,
          List.of(
              "Annual Gala Silent Auction",
              "Art & Wine Auction {year}",
              "O'Brien Memorial Auction",
              "Online Auction {year}"),
          CampaignType.ATHON,
          List.of(
              "Read-a-thon {year}",
              "Jog-a-thon for Riverside",
              "Swim-a-thon",
              "Fun Run {year}",
              "Walk-a-thon {year}",
              "Jump Rope for Heart"),
          CampaignType.TICKETING,
          List.of(
              "Winter Gala {year}", "Trivia Night", "Fête de la Musique", "Golf Tournament {year}"),
          CampaignType.CROWDFUNDING,
          List.of(
              "New Playground Fund",
              "Band Trip to Łódź",
              "山田 Scholarship Fund",
              "Roof Repair {year}"),
          CampaignType.SALE,
          List.of(
              "Holiday Wreath Sale",
              "Spirit Wear Store",
              "Bake Sale {year}",
              "Cookie Dough Fundraiser"),
          CampaignType.GENERAL_DONATION,
          List.of("Annual Fund {year}", "Friends of the Library", "Emergency Relief Fund"));

  static final List<String> ORGANIZATION_NAMES =
      List.of(
          "Riverside Elementary PTA",
          "O'Brien Family Foundation",
          "Asociación Cultural Zoë",
          "Łódź Youth Orchestra Boosters",
          "山田 Community Fund",
          "Friends of Cedar Park",
          "Coeur d'Alene Rowing Club",
          "Maplewood Animal Rescue");

  static final List<String> PRIZES =
      List.of(
          "Weekend getaway for two",
          "iPad Air",
          "Gift basket",
          "$500 Visa gift card",
          "Front-row seats",
          "Handmade quilt",
          "Café Olé gift certificate",
          "Family ski pass");

  static final List<String> UPDATE_TITLES =
      List.of(
          "Thank you!",
          "Halfway there",
          "New prizes added",
          "Event day details",
          "We're live!",
          "Final hours",
          "Résultats & merci");

  static final List<String> UPDATE_BODIES =
      List.of(
          "<p>Thank you to everyone who came out. We raised <strong>more than we hoped</strong>!</p>",
          "<p>We're halfway to our goal &mdash; please share with friends &amp; family.</p>",
          "<p>Doors open at 6pm.<br/>Parking is at the O'Brien lot.</p>",
          "<h2>New!</h2><ul><li>Signed jersey</li><li>Spa day</li></ul>",
          "<p>Merci beaucoup à tous ! Zoë &amp; the team</p>");

  static final List<String> MESSAGE_SUBJECTS =
      List.of(
          "Question about my receipt",
          "Can I pay by check?",
          "Volunteering",
          "Re: pickup time",
          "Donation in memory of my mother",
          "Dúvida sobre ingressos");

  static final List<String> MESSAGE_BODIES =
      List.of(
          "Hi, I didn't get a receipt for my donation. Could you resend it?",
          "Is it possible to pay by check instead? Thanks!",
          "I'd love to help at the event. What's the best way to sign up?",
          "What time can we pick up the wreaths? I'm out until 5.",
          "I'd like my gift to honor my mother, Renée O'Connor.",
          "Olá! Os ingressos são válidos para crianças?");

  static final List<String> REFUND_REASONS =
      List.of("Duplicate charge", "Requested by donor", "Event cancelled", "Wrong amount entered");

  static final List<String> SPECIAL_INSTRUCTIONS =
      List.of(
          "Please deliver to the front office.", "Leave at O'Brien's desk.",
          "Gift-wrap, s'il vous plaît.", "Pickup on Saturday.");

  static final List<String> COMMENTS =
      List.of(
          "Go team!",
          "Happy to support 💙",
          "In honor of Mr. O'Neil's class",
          "<b>Great cause</b>",
          "¡Mucha suerte!",
          "頑張って!");

  static final List<String> DEDICATIONS =
      List.of("In memory of Zoë Núñez", "In honor of Grandma Łucja", "For the O'Brien twins");

  static final List<String> TEAM_NAMES =
      List.of(
          "Red Rockets",
          "Blue Dolphins",
          "Mrs. O'Hara's Class",
          "Los Tigres",
          "Team Zoë",
          "Speedy Snails",
          "The Bookworms",
          "Grade 3",
          "Staff Stars",
          "チームさくら");

  static final List<String> REGISTRATION_OPTIONS =
      List.of("Free Registration", "Adult ($25)", "Student ($10)");

  static final List<String> PAGE_DESCRIPTIONS =
      List.of(
          "<p>Help me reach my goal!</p>",
          "<p>Every mile counts. Thank you for <em>supporting</em> our school.</p>",
          "<p>Je cours pour l'école &amp; mes amis.</p>");

  private Texts() {}
}
