package dev.retort.it.shop;

public enum ProductStatus {
    DRAFT, ON_SALE, RETIRED
}
