#pragma once

// The seeds' own example bodies (../shared/seeds/), for tst_seed_shapes,
// with only their placeholders ("uuid", "https://...") made real. In a
// header of their own: moc reads the test's source, and raw strings with
// URLs in them confuse it.
namespace seed_examples {

// 002 (Social Media Planner), GET /api/content/posts/:id, 200.
const char *const kPlannerPost = R"({
  "data": {
    "id": "0b6a1d2e-5f3c-4a8e-9d7b-1c2e3f4a5b6c",
    "user_id": "6f1c2b7e-1d9a-4c59-9b43-0a7d3c2f5e11",
    "platform": "linkedin",
    "content": "Post content...",
    "hashtags": ["IntegrIA", "Tech", "SuisseRomande"],
    "status": "draft",
    "idea_source": "Original idea text...",
    "ai_generated": true,
    "rating": null,
    "scheduled_at": null,
    "published_at": null,
    "template_id": null,
    "metadata": {},
    "created_at": "2026-01-10T10:00:00Z",
    "updated_at": "2026-01-10T11:00:00Z",
    "media": [],
    "template": null
  }
})";

// 002, GET /api/content/posts, 200: keyset pagination in `meta`.
const char *const kPlannerList = R"({
  "data": [
    {
      "id": "00000000-0000-4000-8000-0000000000c1",
      "platform": "linkedin",
      "content": "Post content...",
      "status": "draft",
      "ai_generated": true,
      "rating": 4,
      "scheduled_at": null,
      "created_at": "2026-01-10T10:00:00Z",
      "updated_at": "2026-01-10T11:00:00Z",
      "media": [
        {
          "id": "00000000-0000-4000-8000-0000000000d1",
          "url": "https://cdn.example.org/d1.jpg",
          "type": "image"
        }
      ]
    }
  ],
  "meta": {
    "total": 150,
    "has_more": true,
    "next_cursor": "00000000-0000-4000-8000-0000000000c1"
  }
})";

// 002, "Error Format: RFC 7807 Problem Details".
const char *const kPlannerProblem = R"({
  "error": {
    "type": "validation_error",
    "title": "Validation Failed",
    "status": 400,
    "detail": "Content field is required",
    "instance": "/api/content/posts",
    "errors": [
      { "field": "content", "message": "Required" }
    ]
  }
})";

// 000 (Artywiz) §7.2, "Succès avec pagination".
const char *const kArtywizPage = R"({
  "success": true,
  "data": [ ],
  "pagination": {
    "page": 1,
    "limit": 20,
    "total": 156,
    "total_pages": 8,
    "has_next": true,
    "has_prev": false
  },
  "meta": {
    "timestamp": "2024-12-22T20:30:00Z"
  }
})";

} // namespace seed_examples
