package dk.aarhus.sistercities.city;

/** The field a partnership's result belongs to. */
public enum ResultArea {
    BUSINESS, CULTURE, EDUCATION, SOCIAL, KNOWLEDGE_EXCHANGE, MARKETING, NETWORKS, ENVIRONMENT
}
