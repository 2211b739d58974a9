package org.derwent.model.footprint;

/** What a provider does; decides which activity settings it can appear in. */
public enum ProviderKind {
    ACUTE, COMMUNITY, MENTAL_HEALTH, URGENT_CARE, AMBULANCE, SOCIAL_CARE
}
