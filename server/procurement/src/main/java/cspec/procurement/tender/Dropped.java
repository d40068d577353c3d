package cspec.procurement.tender;

/** Text a reader left out on purpose (a page header, a footer, a page number), and where it was. */
public record Dropped(String where, String text, String why) {
}
