"""The OpenAPI 3.1 document of the web chat API (kept beside the handlers it describes)."""

from __future__ import annotations

from typing import Any


def openapi_document() -> dict[str, Any]:
    """The document served at ``/api/v1/openapi.json``."""
    error_body = {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}

    def error(description: str, headers: dict[str, Any] | None = None) -> dict[str, Any]:
        answer: dict[str, Any] = {"description": description, "content": error_body}
        if headers:
            answer["headers"] = headers
        return answer

    nullable_str = {"type": ["string", "null"]}
    return {
        "openapi": "3.1.0",
        "info": {"title": "igubot chat API", "version": "1"},
        "paths": {
            "/api/v1/chat": {
                "post": {
                    "summary": "One turn of a conversation",
                    "requestBody": {
                        "required": True,
                        "content": {
                            "application/json": {
                                "schema": {"$ref": "#/components/schemas/ChatRequest"}
                            }
                        },
                    },
                    "responses": {
                        "200": {
                            "description": "What the bot says",
                            "content": {
                                "application/json": {
                                    "schema": {"$ref": "#/components/schemas/ChatResponse"}
                                }
                            },
                        },
                        "400": error("Malformed JSON, a wrong field, or nothing to answer"),
                        "413": error(
                            "The body is over the size limit (8 KB by default) or 'text' is"
                            " over 4000 characters"
                        ),
                        "408": error("The body did not arrive within the read timeout"),
                        "415": error("The body is not application/json in UTF-8"),
                        "429": error(
                            "Too many turns from this address or in this conversation",
                            {
                                "Retry-After": {
                                    "description": "Seconds to wait before trying again",
                                    "schema": {"type": "integer", "minimum": 1},
                                }
                            },
                        ),
                    },
                },
                "options": {
                    "summary": "CORS preflight (origins listed in the cors_origins setting only)",
                    "responses": {
                        "204": {"description": "The origin may call the chat API"},
                        "403": error("The origin is not listed"),
                    },
                },
            },
            "/healthz": {
                "get": {
                    "summary": "Database writable and content loaded",
                    "responses": {
                        "200": {"description": "Healthy"},
                        "503": {"description": "Not"},
                    },
                }
            },
        },
        "components": {
            "schemas": {
                "ChatRequest": {
                    "type": "object",
                    "additionalProperties": False,
                    "properties": {
                        "session": nullable_str,
                        "text": {**nullable_str, "maxLength": 4000},
                        "choice": nullable_str,
                        "start": nullable_str,
                        "lang": nullable_str,
                    },
                },
                "ChatResponse": {
                    "type": "object",
                    "required": ["session", "lang", "dir", "messages"],
                    "properties": {
                        "session": {"type": "string"},
                        "lang": {"type": "string"},
                        "dir": {"enum": ["ltr", "rtl"]},
                        "messages": {
                            "type": "array",
                            "items": {"$ref": "#/components/schemas/Message"},
                        },
                    },
                },
                "Message": {
                    "type": "object",
                    "required": ["id", "text", "choices", "input"],
                    "properties": {
                        "id": {"type": "string"},
                        "text": {"type": "string"},
                        "choices": {
                            "type": "array",
                            "items": {
                                "type": "object",
                                "required": ["value", "label"],
                                "properties": {
                                    "value": {"type": "string"},
                                    "label": {"type": "string"},
                                },
                            },
                        },
                        "input": {
                            "oneOf": [
                                {"type": "null"},
                                {
                                    "type": "object",
                                    "required": ["type"],
                                    "properties": {"type": {"type": "string"}},
                                },
                            ]
                        },
                    },
                },
                "Error": {
                    "type": "object",
                    "required": ["error"],
                    "properties": {
                        "error": {
                            "type": "object",
                            "required": ["code", "message"],
                            "properties": {
                                "code": {"type": "string"},
                                "message": {"type": "string"},
                            },
                        }
                    },
                },
            }
        },
    }
